using System.Diagnostics;
using OrderDesk.Features.Ingestion.Inbox;

namespace OrderDesk.Features.Monitoring;

/// <summary>
/// The one board snapshot every open board shares: read by <see cref="BoardSnapshotReader"/> every
/// <see cref="RefreshEvery"/> while anyone watches, sooner after the inbox worker commits a batch, and handed to every
/// subscriber. Fifty open boards cost one computation.
/// </summary>
public sealed class BoardSnapshots(BoardSnapshotReader reader, IngestionEvents events, ILogger<BoardSnapshots> logger)
    : BackgroundService
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    /// <summary>A burst of batches becomes one refresh, and refreshes never come closer than this.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);

    private static readonly BoardRange[] s_allRanges = Enum.GetValues<BoardRange>();

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _nudge = new(0, 1);
    private Action<BoardSnapshot>[] _subscribers = [];
    private Task<BoardSnapshot>? _computing;
    private BoardSnapshot? _current;
    private long _computedAt;
    private int _computations;

    /// <summary>How many snapshots were computed since start-up (each one a fixed handful of queries).</summary>
    public int Computations => Volatile.Read(ref _computations);

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>The latest snapshot if it is recent, otherwise a fresh one (shared with anyone asking at the same time).</summary>
    public Task<BoardSnapshot> CurrentAsync()
    {
        var current = Volatile.Read(ref _current);
        return current is not null && Stopwatch.GetElapsedTime(Volatile.Read(ref _computedAt)) < RefreshEvery
            ? Task.FromResult(current)
            : RefreshAsync();
    }

    /// <summary>Computes a snapshot and publishes it; callers arriving while one is being computed share it.</summary>
    public Task<BoardSnapshot> RefreshAsync()
    {
        lock (_gate)
            // Task.Run: the computation must not complete inside this lock, or it would clear _computing before it is set.
            return _computing ??= Task.Run(ComputeAndPublishAsync);
    }

    public IDisposable Subscribe(Action<BoardSnapshot> handler)
    {
        lock (_gate) _subscribers = [.. _subscribers, handler];
        return new Subscription(this, handler);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var feed = events.Subscribe(_ => Nudge());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _nudge.WaitAsync(RefreshEvery - Debounce, stoppingToken);
                await Task.Delay(Debounce, stoppingToken);
                _nudge.Wait(0); // batches that arrived during the debounce are in this refresh
                if (SubscriberCount > 0) await RefreshAsync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The board shows the time of its last snapshot, so a failing refresh is visible without ending the loop.
                logger.LogWarning(e, "The board snapshot could not be refreshed");
            }
        }
    }

    private void Nudge()
    {
        if (_nudge.CurrentCount > 0) return;
        try
        {
            _nudge.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    private async Task<BoardSnapshot> ComputeAndPublishAsync()
    {
        try
        {
            var snapshot = await ComputeAsync(CancellationToken.None);
            Volatile.Write(ref _current, snapshot);
            Volatile.Write(ref _computedAt, Stopwatch.GetTimestamp());
            foreach (var handler in Volatile.Read(ref _subscribers))
            {
                try
                {
                    handler(snapshot);
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "A board subscriber failed");
                }
            }
            return snapshot;
        }
        finally
        {
            lock (_gate) _computing = null;
        }
    }

    private Task<BoardSnapshot> ComputeAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _computations);
        // The previous snapshot's settled buckets are reused: the day and week charts cost a few minutes of rows.
        return reader.ReadAsync(s_allRanges, Volatile.Read(ref _current), ct);
    }

    private void Unsubscribe(Action<BoardSnapshot> handler)
    {
        lock (_gate) _subscribers = [.. _subscribers.Where(h => h != handler)];
    }

    private sealed class Subscription(BoardSnapshots owner, Action<BoardSnapshot> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
