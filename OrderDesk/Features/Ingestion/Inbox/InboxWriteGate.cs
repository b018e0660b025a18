using System.Diagnostics;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// Hands SQLite's single write lock between the inbox's two writers in this process — the webhook/pull
/// writer and the worker — in order, the moment it is free. Without it the waiting side spins in SQLite's
/// busy handler, whose sleeps grow to 100 ms: measured as a p99 of ~0.6 s for webhooks while the worker ran.
/// Other writers (screens, jobs) still rely on the busy timeout. Waiters are served first come, first served,
/// so a delivery waits for at most the transaction in progress; the worker keeps its transactions short while
/// deliveries have been arriving (<see cref="DeliveriesRecently"/>).
/// </summary>
public sealed class InboxWriteGate
{
    /// <summary>How long after the last delivery commit the worker still keeps its transactions short.</summary>
    public static readonly TimeSpan DeliveryWindow = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _lastDelivery; // a Stopwatch timestamp; 0: none yet

    /// <summary>True if deliveries (webhooks, pulls) took the gate within the last <see cref="DeliveryWindow"/>.</summary>
    public bool DeliveriesRecently => Interlocked.Read(ref _lastDelivery) is var last and not 0
        && Stopwatch.GetElapsedTime(last) < DeliveryWindow;

    /// <summary>The delivery writer's turn: also tells the worker that someone is waiting on its transactions.</summary>
    public Task<IDisposable> EnterForDeliveriesAsync(CancellationToken ct)
    {
        Interlocked.Exchange(ref _lastDelivery, Stopwatch.GetTimestamp());
        return EnterAsync(ct);
    }

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
