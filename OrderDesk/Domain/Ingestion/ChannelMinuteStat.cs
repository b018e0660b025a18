using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Ingestion;

/// <summary>
/// What happened to one shop's messages in one minute (UTC, truncated). Written by the gateway as it
/// works, read by the board, so the board never scans the orders table. Latency is from the platform's
/// creation time to ingestion, kept as a histogram so p95 can be read across any span of minutes.
/// </summary>
public sealed class ChannelMinuteStat
{
    /// <summary>Upper bounds (ms) of the latency buckets, in order; the last bucket is everything above.</summary>
    public static readonly long[] LatencyBoundsMs = [1_000, 5_000, 15_000, 60_000, 300_000, 1_800_000];

    public long ShopId { get; private set; }
    public DateTimeOffset Minute { get; private set; }
    public Platform Platform { get; private set; }
    /// <summary>Messages stored in the inbox (after deduplication).</summary>
    public int Received { get; set; }
    /// <summary>Orders created for the first time.</summary>
    public int Created { get; set; }
    /// <summary>Existing orders updated by a newer version.</summary>
    public int Updated { get; set; }
    /// <summary>Transient processing failures and failed pull calls.</summary>
    public int Failures { get; set; }
    public int Quarantined { get; set; }
    /// <summary>Orders the hourly backfill found that the regular path had missed.</summary>
    public int Backfilled { get; set; }
    public int Pulls { get; set; }
    public int PullFailures { get; set; }
    public int RateLimited { get; set; }
    public long LatencySumMs { get; set; }
    public int LatencyCount { get; set; }
    public int Latency1s { get; set; }
    public int Latency5s { get; set; }
    public int Latency15s { get; set; }
    public int Latency60s { get; set; }
    public int Latency300s { get; set; }
    public int Latency1800s { get; set; }
    public int LatencyOver { get; set; }

    private ChannelMinuteStat() { }

    public ChannelMinuteStat(long shopId, Platform platform, DateTimeOffset minute)
    {
        ShopId = shopId;
        Platform = platform;
        Minute = Truncate(minute);
    }

    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
    }

    public void AddLatency(TimeSpan latency)
    {
        var ms = Math.Max(0, (long)latency.TotalMilliseconds);
        LatencySumMs += ms;
        LatencyCount++;
        switch (Array.FindIndex(LatencyBoundsMs, bound => ms <= bound))
        {
            case 0: Latency1s++; break;
            case 1: Latency5s++; break;
            case 2: Latency15s++; break;
            case 3: Latency60s++; break;
            case 4: Latency300s++; break;
            case 5: Latency1800s++; break;
            default: LatencyOver++; break;
        }
    }
}
