using OrderDesk.Domain.Ingestion;

namespace OrderDesk.Features.Monitoring;

/// <summary>Percentiles from the per-minute latency buckets (<see cref="ChannelMinuteStat.LatencyBoundsMs"/>).</summary>
public static class LatencyHistogram
{
    /// <summary>
    /// The bucket in which the p-th sample falls; the histogram cannot say where inside it, so the answer is the
    /// bucket's upper bound (an honest "at most"), not an interpolation that would look more precise than it is.
    /// </summary>
    /// <param name="counts">One count per bound, then the count above the last bound.</param>
    public static LatencyP95? Percentile(IReadOnlyList<long> counts, double p = 0.95)
    {
        var bounds = ChannelMinuteStat.LatencyBoundsMs;
        if (counts.Count != bounds.Length + 1) throw new ArgumentException($"Expected {bounds.Length + 1} buckets.", nameof(counts));
        var total = counts.Sum();
        if (total == 0) return null;
        var rank = (long)Math.Ceiling(p * total);
        long seen = 0;
        for (var i = 0; i < bounds.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank) return new LatencyP95(bounds[i], false);
        }
        return new LatencyP95(bounds[^1], true);
    }
}
