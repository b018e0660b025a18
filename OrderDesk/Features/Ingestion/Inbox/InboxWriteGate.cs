namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// Hands SQLite's single write lock between the inbox's two writers in this process — the webhook/pull
/// writer and the worker — in order, the moment it is free. Without it the waiting side spins in SQLite's
/// busy handler, whose sleeps grow to 100 ms: measured as a p99 of ~0.6 s for webhooks while the worker ran.
/// Other writers (screens, jobs) still rely on the busy timeout.
/// </summary>
public sealed class InboxWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

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
