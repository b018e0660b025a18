using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Screens;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Monitoring;

/// <summary>
/// Reads one board snapshot from the per-minute statistics, the sync states and the inbox counts (never the orders
/// table). <see cref="BoardSnapshots"/> decides how often and which ranges; this only reads.
/// </summary>
public sealed class BoardSnapshotReader(IDbContextFactory<OrderDeskDbContext> dbFactory, SyncBoard syncBoard, TimeDisplay time)
{
    /// <summary>The KPIs and shop rows, and the inflow series of the given ranges only.</summary>
    public async Task<BoardSnapshot> ReadAsync(IReadOnlyCollection<BoardRange> ranges, CancellationToken ct)
    {
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

        var inflow = new Dictionary<BoardRange, InflowSeries>();
        foreach (var range in ranges) inflow[range] = await InflowAsync(db, now, range, ct);
        return new BoardSnapshot(now, kpis, inflow, shops);
    }

    /// <summary>Messages received per platform per bucket, the current (partial) bucket last.</summary>
    private static async Task<InflowSeries> InflowAsync(OrderDeskDbContext db, DateTimeOffset now, BoardRange range, CancellationToken ct)
    {
        var (span, bucket) = range switch
        {
            BoardRange.Hour => (TimeSpan.FromHours(1), TimeSpan.FromMinutes(1)),
            BoardRange.Day => (TimeSpan.FromDays(1), TimeSpan.FromMinutes(5)),
            _ => (TimeSpan.FromDays(7), TimeSpan.FromHours(1)),
        };
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
}
