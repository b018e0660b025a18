using Microsoft.Extensions.Logging.Abstractions;
using OrderDesk.Features.Ingestion.Inbox;

namespace OrderDesk.Tests.Unit.Ingestion;

public sealed class IngestionEventsTests
{
    private static readonly OrdersChanged s_change = new(new HashSet<long> { 7 }, 1, 0, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Publish_AfterDispose_NoLongerDelivered()
    {
        var events = new IngestionEvents(NullLogger<IngestionEvents>.Instance);
        var seen = 0;
        var subscription = events.Subscribe(_ => seen++);

        events.Publish(s_change);
        subscription.Dispose();
        subscription.Dispose();
        events.Publish(s_change);

        Assert.Equal(1, seen);
    }

    [Fact]
    public void Publish_ThrowingSubscriber_OthersStillServed()
    {
        var events = new IngestionEvents(NullLogger<IngestionEvents>.Instance);
        var seen = new List<long>();
        using var bad = events.Subscribe(_ => throw new InvalidOperationException("boom"));
        using var good = events.Subscribe(c => seen.AddRange(c.ShopIds));

        events.Publish(s_change);

        Assert.Equal([7L], seen);
    }
}
