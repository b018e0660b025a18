using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion;
using OrderDesk.Features.Ingestion.Inbox;

namespace OrderDesk.Tests.Unit.Ingestion;

public sealed class InboxRetryPolicyTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextAttempt_Always_DelayPlusUpToTwentyPercentJitter()
    {
        var options = new IngestionOptions { RetryDelaySeconds = 30 };
        var delays = Enumerable.Range(0, 500).Select(_ => InboxRetry.NextAttempt(s_now, options) - s_now).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(36)));
        Assert.True(delays.Distinct().Count() > 100, "the delays should spread, not repeat");
    }

    [Fact]
    public void Fail_ThirdTime_QuarantinesWithTheLastError()
    {
        var options = new IngestionOptions { MaxAttempts = 3 };
        var message = new InboxMessage("k", Platform.WebShop, 1, "WEB", MessageSource.Webhook, "orders/create", "1", "{}", s_now);

        InboxRetry.Fail(message, "busy 1", s_now, options);
        InboxRetry.Fail(message, "busy 2", s_now, options);
        Assert.Equal(MessageState.Pending, message.State);
        InboxRetry.Fail(message, "busy 3", s_now, options);

        Assert.Equal((MessageState.Quarantined, 3, "busy 3"), (message.State, message.Attempts, message.LastError));
    }
}
