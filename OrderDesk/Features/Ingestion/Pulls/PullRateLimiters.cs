using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// One token bucket per shop, sized from the platform's quota, shared by the scheduled pull, the backfill and
/// reconciliation of that shop, so together they never call faster than the platform allows.
/// </summary>
public sealed class PullRateLimiters : IDisposable
{
    private readonly ConcurrentDictionary<(long ShopId, double Rate), RateLimiter> _limiters = new();

    public RateLimiter For(long shopId, double requestsPerSecond) =>
        _limiters.GetOrAdd((shopId, requestsPerSecond), key => Create(key.Rate));

    private static TokenBucketRateLimiter Create(double requestsPerSecond)
    {
        if (requestsPerSecond <= 0) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond));
        // Replenish at least every 100 ms so fast quotas do not need a sub-millisecond timer.
        var period = TimeSpan.FromSeconds(Math.Max(1 / requestsPerSecond, 0.1));
        var tokens = Math.Max(1, (int)Math.Round(requestsPerSecond * period.TotalSeconds));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 1_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values) limiter.Dispose();
        _limiters.Clear();
    }
}
