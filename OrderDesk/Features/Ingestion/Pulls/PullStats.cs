using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// What a pull adds to one shop's minute of <see cref="ChannelMinuteStat"/>: Pulls and PullFailures count platform
/// calls (pages asked for), so failures per pull is a rate against the platform quota.
/// </summary>
public readonly record struct PullCounts(int Pulls = 0, int PullFailures = 0, int RateLimited = 0, int Received = 0, int Backfilled = 0);

/// <summary>Adds pull counters to the current minute's statistics row, creating it if needed, in one statement.</summary>
public sealed class PullStats(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock)
{
    public async Task RecordAsync(long shopId, Platform platform, PullCounts counts, CancellationToken ct)
    {
        var minute = ChannelMinuteStat.Truncate(clock.GetUtcNow()).UtcTicks;
        var platformName = platform.ToString();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Insert-or-add: the worker and the webhook endpoint add to the same row concurrently.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO ChannelMinuteStats (ShopId, Minute, Platform, Received, Created, Updated, Failures, Quarantined,
                Backfilled, Pulls, PullFailures, RateLimited, LatencySumMs, LatencyCount, Latency1s, Latency5s, Latency15s,
                Latency60s, Latency300s, Latency1800s, LatencyOver)
            VALUES ({shopId}, {minute}, {platformName}, {counts.Received}, 0, 0, 0, 0,
                {counts.Backfilled}, {counts.Pulls}, {counts.PullFailures}, {counts.RateLimited}, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            ON CONFLICT(ShopId, Minute) DO UPDATE SET
                Received = Received + excluded.Received,
                Backfilled = Backfilled + excluded.Backfilled,
                Pulls = Pulls + excluded.Pulls,
                PullFailures = PullFailures + excluded.PullFailures,
                RateLimited = RateLimited + excluded.RateLimited
            """, ct);
    }

    /// <summary>A failed call as the board counts it: a rate limit is not a failure of the shop.</summary>
    public Task RecordFailureAsync(long shopId, Platform platform, PlatformException error, CancellationToken ct) =>
        RecordAsync(shopId, platform, error.Kind == PlatformErrorKind.RateLimited ? new PullCounts(RateLimited: 1) : new PullCounts(PullFailures: 1), ct);
}
