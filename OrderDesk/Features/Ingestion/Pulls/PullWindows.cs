using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>Which span of platform modification time to ask for next (PLATFORMS.md, "What the gateway makes of all this").</summary>
public static class PullWindows
{
    /// <summary>
    /// The next incremental window: from the watermark (or <paramref name="initialLookback"/> before now for a
    /// shop never pulled) minus the overlap, to at most now minus the safety lag and never wider than the
    /// platform's maximum window. Null when the watermark has caught up with now minus the lag.
    /// </summary>
    public static PullWindow? Next(DateTimeOffset? watermark, DateTimeOffset now, PullPolicy policy, TimeSpan initialLookback)
    {
        if (policy.MaxWindow <= policy.Overlap)
            throw new ArgumentException($"The maximum window ({policy.MaxWindow}) must be longer than the overlap ({policy.Overlap}), or pulls never advance.", nameof(policy));
        // Platforms take times to the second: a window ending at 12:00:00.700 is sent as 12:00:00, so the
        // watermark must not claim the 700 ms the platform was never asked about.
        var end = WholeSeconds(now - policy.SafetyLag);
        var start = watermark ?? WholeSeconds(now - initialLookback);
        if (start >= end) return null;
        var from = start - policy.Overlap;
        var to = Min(end, from + policy.MaxWindow);
        return new PullWindow(from, to);
    }

    /// <summary>A long span cut into consecutive windows no wider than <paramref name="maxWindow"/> (backfill, reconciliation).</summary>
    public static IEnumerable<PullWindow> Chunks(PullWindow span, TimeSpan maxWindow)
    {
        if (maxWindow <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(maxWindow));
        for (var from = span.From; from < span.To; from += maxWindow)
            yield return new PullWindow(from, Min(span.To, from + maxWindow));
    }

    public static DateTimeOffset WholeSeconds(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
