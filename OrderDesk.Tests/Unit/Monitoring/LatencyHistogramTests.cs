using OrderDesk.Features.Monitoring;

namespace OrderDesk.Tests.Unit.Monitoring;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentile_NoSamples_Null() => Assert.Null(LatencyHistogram.Percentile([0, 0, 0, 0, 0, 0, 0]));

    [Fact]
    public void Percentile_RankExactlyAtBucketEnd_ThatBucketsBound() =>
        Assert.Equal(new LatencyP95(1_000, false), LatencyHistogram.Percentile([95, 5, 0, 0, 0, 0, 0]));

    [Fact]
    public void Percentile_TailAboveLastBound_Above() =>
        Assert.Equal(new LatencyP95(1_800_000, true), LatencyHistogram.Percentile([1, 0, 0, 0, 0, 0, 19]));
}
