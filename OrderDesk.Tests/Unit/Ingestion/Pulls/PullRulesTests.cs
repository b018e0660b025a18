using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Pulls;

namespace OrderDesk.Tests.Unit.Ingestion.Pulls;

public sealed class PullRulesTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 5, 1)]
    [InlineData(5, 5, 1)]
    [InlineData(11, 5, 3)]
    [InlineData(100, 50, 2)]
    public void LastPage_FromTotal_Computed(int total, int pageSize, int expected) =>
        Assert.Equal(expected, WindowReader.LastPage(new PullPage([], total > pageSize, total), pageSize));

    [Fact]
    public void LastPage_NoTotalAndNoNextPage_IsPageOne() =>
        Assert.Equal(1, WindowReader.LastPage(new PullPage([], HasNext: false, TotalCount: null), 50));

    [Fact]
    public void RateLimitPause_RetryAfterGiven_WaitsThatLongPlusAtMostTwentyPercent()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var until = RateLimitPause.Until(s_now, TimeSpan.FromSeconds(30), random);
            Assert.InRange(until, s_now.AddSeconds(30), s_now.AddSeconds(36));
        }
    }

    [Fact]
    public void RateLimitPause_NoRetryAfter_DefaultWait() =>
        Assert.InRange(RateLimitPause.Until(s_now, null, new Random(1)), s_now + RateLimitPause.DefaultRetryAfter,
            s_now + RateLimitPause.DefaultRetryAfter * 1.2);
}
