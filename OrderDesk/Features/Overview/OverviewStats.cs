using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Overview;

/// <summary>
/// The figures on the overview page. Every count is aggregated by the database; the largest result
/// set that crosses the wire is one row per time bucket and platform.
/// </summary>
public sealed class OverviewStats(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock, TimeDisplay time)
{
    private static readonly long s_quarterHour = TimeSpan.FromMinutes(15).Ticks;
    private static readonly Platform[] s_platforms = Enum.GetValues<Platform>();

    /// <summary>Orders per business day (in the configured zone) and platform, today included, missing days as zero.</summary>
    public async Task<DailyOrders> OrdersPerDayAsync(int days, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = time.Today(clock);
        var first = today.AddDays(1 - days);
        var dayList = Enumerable.Range(0, days).Select(first.AddDays).ToArray();
        var counts = s_platforms.ToDictionary(p => p, _ => new int[days]);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var from = time.StartOfDay(first);
        var to = time.StartOfDay(today.AddDays(1));
        foreach (var row in await CountBucketsAsync(db, from, to, TimeSpan.TicksPerDay, ct))
        {
            var index = DateOnly.FromDateTime(time.Local(row.Start).DateTime).DayNumber - first.DayNumber;
            counts[row.Platform][index] += row.Count;
        }
        return new DailyOrders(dayList, counts);
    }

    /// <summary>Orders per local hour today and yesterday, all platforms together.</summary>
    public async Task<HourlyOrders> OrdersPerHourAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = time.Today(clock);
        var yesterday = today.AddDays(-1);
        var todayCounts = new int[24];
        var yesterdayCounts = new int[24];

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await CountBucketsAsync(db, time.StartOfDay(yesterday), time.StartOfDay(today.AddDays(1)),
            TimeSpan.TicksPerHour, ct);
        foreach (var row in rows)
        {
            var local = time.Local(row.Start);
            var target = DateOnly.FromDateTime(local.DateTime) == today ? todayCounts : yesterdayCounts;
            target[local.Hour] += row.Count;
        }
        return new HourlyOrders(todayCounts, yesterdayCounts, time.Local(now).Hour);
    }

    /// <summary>Today so far against yesterday up to the same time of day, plus the open work right now.</summary>
    public async Task<TodayFigures> TodayAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = time.Today(clock);
        var todayStart = time.StartOfDay(today);
        var yesterdayStart = time.StartOfDay(today.AddDays(-1));
        var sameTimeYesterday = yesterdayStart + (now - todayStart);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var orders = db.Orders.AsNoTracking();
        var createdToday = await orders.CountAsync(o => o.PlatformCreatedAt >= todayStart && o.PlatformCreatedAt <= now, ct);
        var createdYesterday = await orders.CountAsync(
            o => o.PlatformCreatedAt >= yesterdayStart && o.PlatformCreatedAt <= sameTimeYesterday, ct);
        var paid = await PaidFenAsync(db, yesterdayStart, sameTimeYesterday, todayStart, now, ct);
        var open = await orders
            .Where(o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.InFulfillment)
            .GroupBy(o => o.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var exceptions = await orders.CountAsync(o => o.ExceptionReason != "", ct);
        var endings = await db.OrderStatusChanges.AsNoTracking()
            .Where(c => c.At >= yesterdayStart && c.At <= now
                        && (c.To == OrderStatus.Cancelled || c.To == OrderStatus.Refunded))
            .Select(c => c.At)
            .ToListAsync(ct);

        return new TodayFigures(
            AsOf: now,
            Orders: new Comparison(createdToday, createdYesterday),
            Paid: new MoneyComparison(new Money(paid.Today), new Money(paid.Yesterday)),
            AwaitingShipment: new Backlog(
                open.Where(o => o.Status == OrderStatus.Paid).Sum(o => o.Count),
                open.Where(o => o.Status == OrderStatus.InFulfillment).Sum(o => o.Count)),
            Exceptions: exceptions,
            CancelledOrRefunded: new Comparison(
                endings.Count(at => at >= todayStart),
                endings.Count(at => at < todayStart && at <= sameTimeYesterday)));
    }

    private async Task<IReadOnlyList<Bucket>> CountBucketsAsync(
        OrderDeskDbContext db, DateTimeOffset from, DateTimeOffset to, long bucketTicks, CancellationToken ct)
    {
        // Buckets are cut on local time by shifting the UTC ticks by the zone's offset. That needs one
        // offset for the whole window; across a daylight-saving change (not in Asia/Shanghai, but the
        // zone is configurable) fall back to quarter hours in UTC, which every real offset divides.
        var offset = ConstantOffset(from, to);
        var (size, shift) = offset is { } o ? (bucketTicks, o.Ticks) : (s_quarterHour, 0L);
        // Listing every platform lets SQLite answer from the (Platform, PlatformCreatedAt) index alone:
        // one range seek per platform, never a table scan.
        var platformList = string.Join(", ", s_platforms.Select((_, i) => $"{{{i + 4}}}"));
        object[] arguments = [shift, size, from.UtcTicks, to.UtcTicks, .. s_platforms.Select(p => p.ToString())];
        var sql = FormattableStringFactory.Create($$"""
            SELECT ("PlatformCreatedAt" + {0}) / {1} AS "Bucket", "Platform", COUNT(*) AS "Count"
            FROM "Orders"
            WHERE "Platform" IN ({{platformList}})
              AND "PlatformCreatedAt" >= {2} AND "PlatformCreatedAt" < {3}
            GROUP BY 1, "Platform"
            """, arguments);
        var rows = await db.Database.SqlQuery<BucketRow>(sql).ToListAsync(ct);
        return rows.Select(r => new Bucket(
            new DateTimeOffset(r.Bucket * size - shift, TimeSpan.Zero), Enum.Parse<Platform>(r.Platform), r.Count)).ToList();
    }

    private TimeSpan? ConstantOffset(DateTimeOffset from, DateTimeOffset to)
    {
        var offset = time.Zone.GetUtcOffset(from);
        for (var at = from; at < to; at = at.AddHours(1))
            if (time.Zone.GetUtcOffset(at) != offset) return null;
        return offset;
    }

    private static async Task<(long Today, long Yesterday)> PaidFenAsync(OrderDeskDbContext db,
        DateTimeOffset yesterdayStart, DateTimeOffset sameTimeYesterday, DateTimeOffset todayStart, DateTimeOffset now,
        CancellationToken ct)
    {
        // Money is stored as fen behind a converter that LINQ cannot sum through, so this one is SQL.
        // PaidAt has no index; the platforms close unpaid orders within 24–72 h, so anything paid since
        // yesterday was created in the last week, and that bound lets the PlatformCreatedAt index do the work.
        var createdSince = yesterdayStart.AddDays(-7);
        var row = await db.Database.SqlQuery<PaidRow>($"""
            SELECT COALESCE(SUM(CASE WHEN "PaidAt" >= {todayStart.UtcTicks} THEN "PaidAmount" ELSE 0 END), 0) AS "Today",
                   COALESCE(SUM(CASE WHEN "PaidAt" < {todayStart.UtcTicks} AND "PaidAt" <= {sameTimeYesterday.UtcTicks}
                                     THEN "PaidAmount" ELSE 0 END), 0) AS "Yesterday"
            FROM "Orders"
            WHERE "PlatformCreatedAt" >= {createdSince.UtcTicks}
              AND "PaidAt" >= {yesterdayStart.UtcTicks} AND "PaidAt" <= {now.UtcTicks}
            """).SingleAsync(ct);
        return (row.Today, row.Yesterday);
    }

    private sealed record Bucket(DateTimeOffset Start, Platform Platform, int Count);

    private sealed class BucketRow
    {
        public long Bucket { get; init; }
        public string Platform { get; init; } = "";
        public int Count { get; init; }
    }

    private sealed class PaidRow
    {
        public long Today { get; init; }
        public long Yesterday { get; init; }
    }
}
