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
    /// <summary>
    /// Statistics are written to the minute of processing, so a minute is final once the transactions that started
    /// in it have committed; this is a generous bound for that.
    /// </summary>
    private static readonly TimeSpan s_settled = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The KPIs and shop rows, and the inflow series of the given ranges. With the previous snapshot, its settled
    /// day and week buckets are reused and only the minutes since are read: a week of minutes for seven shops is
    /// ≈70,000 rows (≈100 ms on two busy cores), the minutes since the previous snapshot a few hundred.
    /// </summary>
    public async Task<BoardSnapshot> ReadAsync(IReadOnlyCollection<BoardRange> ranges, BoardSnapshot? previous, CancellationToken ct)
    {
        var sync = await syncBoard.LoadAsync(ct);
        var now = sync.At;
        var midnight = time.StartOfDay(DateOnly.FromDateTime(time.Local(now).DateTime));
        var hourAgo = ChannelMinuteStat.Truncate(now.AddHours(-1));
        // By shop, so SQLite walks the primary key (ShopId, Minute) from each shop's first minute; a bare Minute filter
        // grouped by shop makes it scan the whole key in order instead (measured: 15 ms per query at 30 days of data).
        var shopIds = sync.Rows.Select(r => r.ShopId).ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var today = await db.ChannelMinuteStats.AsNoTracking().Where(m => shopIds.Contains(m.ShopId) && m.Minute >= midnight)
            .GroupBy(m => m.ShopId)
            .Select(g => new { ShopId = g.Key, Received = g.Sum(m => m.Received), Pulls = g.Sum(m => m.Pulls), Failures = g.Sum(m => m.Failures), Backfilled = g.Sum(m => m.Backfilled) })
            .ToDictionaryAsync(g => g.ShopId, ct);
        var hourRows = await db.ChannelMinuteStats.AsNoTracking().Where(m => shopIds.Contains(m.ShopId) && m.Minute >= hourAgo)
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
        foreach (var range in ranges)
            inflow[range] = await InflowAsync(db, now, range, previous?.Inflow.GetValueOrDefault(range), previous?.At, ct);
        return new BoardSnapshot(now, kpis, inflow, shops);
    }

    /// <summary>Messages received per platform per bucket, the current (partial) bucket last.</summary>
    private static async Task<InflowSeries> InflowAsync(OrderDeskDbContext db, DateTimeOffset now, BoardRange range,
        InflowSeries? previous, DateTimeOffset? previousAt, CancellationToken ct)
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
        var counts = Enum.GetValues<Platform>().ToDictionary(p => p, _ => new int[buckets]);
        var readFrom = first;
        if (range != BoardRange.Hour && previous is { Starts.Count: > 0 } && previous.Bucket == bucket
            && previousAt is { } at && at <= now && previous.Starts[0] <= first)
        {
            var settled = at - s_settled;
            readFrom = new DateTimeOffset(Math.Max(first.UtcTicks, settled.UtcTicks - settled.UtcTicks % bucket.Ticks), TimeSpan.Zero);
            var shift = (int)((first - previous.Starts[0]).Ticks / bucket.Ticks);
            var reused = (int)((readFrom - first).Ticks / bucket.Ticks);
            foreach (var (platform, counted) in counts)
                if (previous.Counts.TryGetValue(platform, out var before))
                    for (var i = 0; i < reused && i + shift < before.Length; i++) counted[i] = before[i + shift];
        }
        // Summed into buckets in SQL: the week is ≈70,000 minute rows but only platforms × 168 buckets. Raw SQL because
        // Minute is stored as UTC ticks (UtcTicksConverter) and EF cannot do arithmetic on a converted column.
        var minutes = await db.Database.SqlQuery<InflowRow>($"""
            SELECT "Platform", ("Minute" - {first.UtcTicks}) / {bucket.Ticks} AS "Bucket", SUM("Received") AS "Received"
            FROM "ChannelMinuteStats" WHERE "Minute" >= {readFrom.UtcTicks} GROUP BY "Platform", "Bucket"
            """).ToListAsync(ct);
        foreach (var m in minutes)
            if (m.Bucket >= 0 && m.Bucket < buckets && Enum.TryParse<Platform>(m.Platform, out var platform))
                counts[platform][m.Bucket] += m.Received;
        return new InflowSeries(bucket, [.. Enumerable.Range(0, buckets).Select(i => first + bucket * i)], counts);
    }

    private sealed class InflowRow
    {
        public string Platform { get; init; } = "";
        public long Bucket { get; init; }
        public int Received { get; init; }
    }
}
