using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Screens;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Monitoring;

/// <summary>
/// The one board snapshot every open board shares: computed from the per-minute statistics, the sync states and
/// the inbox counts (never the orders table), every <see cref="RefreshEvery"/> while anyone watches, sooner after
/// the inbox worker commits a batch, and handed to every subscriber. Fifty open boards cost one computation.
/// </summary>
public sealed class BoardSnapshots(
    IDbContextFactory<OrderDeskDbContext> dbFactory, SyncBoard syncBoard, IngestionEvents events,
    TimeDisplay time, ILogger<BoardSnapshots> logger) : BackgroundService
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    /// <summary>A burst of batches becomes one refresh, and refreshes never come closer than this.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);

    /// <summary>The day and week charts change little per minute and cost the most to read.</summary>
    private static readonly TimeSpan s_longRangesEvery = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _nudge = new(0, 1);
    private Action<BoardSnapshot>[] _subscribers = [];
    private Task<BoardSnapshot>? _computing;
    private BoardSnapshot? _current;
    private long _computedAt;
    private (long At, InflowSeries Day, InflowSeries Week)? _longRanges;
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

    private async Task<BoardSnapshot> ComputeAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _computations);
        var sync = await syncBoard.LoadAsync(ct);
        var now = sync.At;
        var midnight = time.StartOfDay(DateOnly.FromDateTime(time.Local(now).DateTime));
        var hourAgo = ChannelMinuteStat.Truncate(now.AddHours(-1));
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var today = await db.ChannelMinuteStats.AsNoTracking().Where(m => m.Minute >= midnight)
            .GroupBy(m => m.ShopId)
            .Select(g => new { ShopId = g.Key, Received = g.Sum(m => m.Received), Pulls = g.Sum(m => m.Pulls), Failures = g.Sum(m => m.Failures), Backfilled = g.Sum(m => m.Backfilled) })
            .ToDictionaryAsync(g => g.ShopId, ct);
        var hourRows = await db.ChannelMinuteStats.AsNoTracking().Where(m => m.Minute >= hourAgo)
            .GroupBy(m => m.ShopId)
            .Select(g => new
            {
                ShopId = g.Key,
                Failures = g.Sum(m => m.Failures),
                LatencySum = g.Sum(m => m.LatencySumMs),
                B1 = g.Sum(m => (long)m.Latency1s), B5 = g.Sum(m => (long)m.Latency5s), B15 = g.Sum(m => (long)m.Latency15s),
                B60 = g.Sum(m => (long)m.Latency60s), B300 = g.Sum(m => (long)m.Latency300s), B1800 = g.Sum(m => (long)m.Latency1800s),
                Over = g.Sum(m => (long)m.LatencyOver),
            })
            .ToListAsync(ct);
        var hour = hourRows.ToDictionary(h => h.ShopId, h => (h.Failures, h.LatencySum,
            Buckets: (long[])[h.B1, h.B5, h.B15, h.B60, h.B300, h.B1800, h.Over]));

        var shops = sync.Rows.Select(row =>
        {
            var found = hour.TryGetValue(row.ShopId, out var h);
            var count = found ? h.Buckets.Sum() : 0;
            return new BoardShopRow(row, SyncHealthRules.Judge(row, now), row.ReceivedLastHour, h.Failures,
                today.GetValueOrDefault(row.ShopId)?.Backfilled ?? 0,
                count == 0 ? null : (double)h.LatencySum / count,
                found ? LatencyHistogram.Percentile(h.Buckets) : null);
        }).ToList();

        var kpis = new BoardKpis(
            today.Values.Sum(t => t.Received), today.Values.Sum(t => t.Pulls), today.Values.Sum(t => t.Failures),
            sync.Rows.Sum(r => r.Backlog), sync.Rows.Sum(r => r.Quarantined), today.Values.Sum(t => t.Backfilled),
            OpenAlerts: await db.Incidents.CountAsync(i => i.State != Domain.Alerts.IncidentState.Resolved, ct));

        var inflow = new Dictionary<BoardRange, InflowSeries>
        {
            [BoardRange.Hour] = await InflowAsync(db, now, TimeSpan.FromHours(1), TimeSpan.FromMinutes(1), ct),
        };
        var longRanges = _longRanges;
        if (longRanges is null || Stopwatch.GetElapsedTime(longRanges.Value.At) >= s_longRangesEvery)
        {
            longRanges = (Stopwatch.GetTimestamp(),
                await InflowAsync(db, now, TimeSpan.FromDays(1), TimeSpan.FromMinutes(5), ct),
                await InflowAsync(db, now, TimeSpan.FromDays(7), TimeSpan.FromHours(1), ct));
            _longRanges = longRanges;
        }
        inflow[BoardRange.Day] = longRanges.Value.Day;
        inflow[BoardRange.Week] = longRanges.Value.Week;
        return new BoardSnapshot(now, kpis, inflow, shops);
    }

    /// <summary>Messages received per platform per bucket, the current (partial) bucket last.</summary>
    private static async Task<InflowSeries> InflowAsync(OrderDeskDbContext db, DateTimeOffset now, TimeSpan span, TimeSpan bucket, CancellationToken ct)
    {
        var last = new DateTimeOffset(now.UtcTicks - now.UtcTicks % bucket.Ticks, TimeSpan.Zero);
        var buckets = (int)(span.Ticks / bucket.Ticks);
        var first = last - bucket * (buckets - 1);
        // Grouped by minute in SQL (the column is stored as a number EF cannot do arithmetic on), into buckets here:
        // at most platforms × minutes rows, and only once a minute for the long ranges.
        var minutes = await db.ChannelMinuteStats.AsNoTracking().Where(m => m.Minute >= first)
            .GroupBy(m => new { m.Platform, m.Minute })
            .Select(g => new { g.Key.Platform, g.Key.Minute, Received = g.Sum(m => m.Received) })
            .ToListAsync(ct);
        var counts = Enum.GetValues<Platform>().ToDictionary(p => p, _ => new int[buckets]);
        foreach (var m in minutes)
        {
            var index = (int)((m.Minute.UtcTicks - first.UtcTicks) / bucket.Ticks);
            if (index >= 0 && index < buckets) counts[m.Platform][index] += m.Received;
        }
        return new InflowSeries(bucket, [.. Enumerable.Range(0, buckets).Select(i => first + bucket * i)], counts);
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
