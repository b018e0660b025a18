using OrderDesk.Domain.Ingestion;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Pulls;

namespace OrderDesk.Tests.Integration.Ingestion.Pulls;

public sealed class ShopPullerTests(PullsApp app) : IClassFixture<PullsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pull_NewShopWithSeveralPages_PagesBackwardsStoresEverythingAndMovesWatermark()
    {
        var shop = await app.ShopAsync("TB-YJ01");
        var now = app.Clock.GetUtcNow();
        for (var i = 0; i < 12; i++) app.Taobao.Put(shop.Code, $"T{i:00}", now.AddMinutes(-50 + i));

        var outcome = await app.Puller.PullAsync(shop.Id, Ct);

        Assert.Equal(PullResult.CaughtUp, outcome.Result);
        Assert.Equal(12, outcome.Stored);
        var calls = app.Taobao.CallsFor(shop.Code);
        // First window holds all 12 (page size 5): the total first, then pages 3, 2, 1.
        Assert.Equal([(1, true), (3, false), (2, false), (1, false)], calls.Take(4).Select(c => (c.Page, c.IncludeTotal)));
        Assert.All(calls.Skip(4), c => Assert.Equal((1, true), (c.Page, c.IncludeTotal)));
        Assert.Equal(now.AddMinutes(-62), calls[0].Window.From);

        var inbox = await app.InboxAsync(shop.Id);
        Assert.Equal(12, inbox.Count);
        Assert.All(inbox, m => Assert.Equal((MessageSource.Pull, "pull"), (m.Source, m.Topic)));
        Assert.Equal(
            app.Taobao.OrdersOf(shop.Code).Select(o => PullsApp.KeyOf(shop, o.Id, o.ModifiedAt)).Order(),
            inbox.Select(m => m.MessageKey).Order());

        var state = await app.SyncStateAsync(shop.Id);
        Assert.Equal(now - PullsApp.TaobaoPolicy.SafetyLag, state!.Watermark);
        Assert.Equal(now, state.LastSuccessAt);
        var stats = await app.StatsAsync(shop.Id);
        Assert.Equal(12, stats.Sum(s => s.Received));
        Assert.Equal(calls.Count, stats.Sum(s => s.Pulls));
    }

    [Fact]
    public async Task Pull_TransientErrorOnPageTwo_WatermarkUnchangedStoredPagesKeptNextRunCompletes()
    {
        var shop = await app.ShopAsync("JD-YJ01");
        var now = app.Clock.GetUtcNow();
        for (var i = 0; i < 10; i++) app.Jd.Put(shop.Code, $"J{i:00}", now.AddMinutes(-50 + i));
        app.Jd.Faults = c => c.ShopCode == shop.Code && c.Page == 2 && !c.IncludeTotal
            ? new PlatformException(PlatformErrorKind.Transient, "http-503", "Service unavailable")
            : null;

        var failed = await app.Puller.PullAsync(shop.Id, Ct);

        Assert.Equal(PullResult.Failed, failed.Result);
        var state = await app.SyncStateAsync(shop.Id);
        Assert.Null(state!.Watermark);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Contains("http-503", state.LastError);
        // Page 3 (the two oldest, page size 4) was stored before page 2 failed, and stays.
        var kept = await app.InboxAsync(shop.Id);
        Assert.Equal(["J00", "J01"], kept.Select(m => m.PlatformOrderId).Order());
        Assert.Equal(1, (await app.StatsAsync(shop.Id)).Sum(s => s.PullFailures));

        app.Jd.Faults = null;
        var retried = await app.Puller.PullAsync(shop.Id, Ct);

        Assert.Equal(PullResult.CaughtUp, retried.Result);
        Assert.Equal(10, (await app.InboxAsync(shop.Id)).Count);
        Assert.Equal(now - PullsApp.TaobaoPolicy.SafetyLag, (await app.SyncStateAsync(shop.Id))!.Watermark);
    }

    [Fact]
    public async Task Pull_RateLimitStorm_PausesForRetryAfterWithJitterThenCatchesUpWithoutGap()
    {
        var shop = await app.ShopAsync("PDD-YJ01");
        var start = app.Clock.GetUtcNow();
        for (var i = 0; i < 8; i++) app.Pinduoduo.Put(shop.Code, $"P{i:00}", start.AddMinutes(-55 + 5 * i));
        var limits = 3;
        app.Pinduoduo.Faults = c => c.ShopCode == shop.Code && limits-- > 0
            ? new PlatformException(PlatformErrorKind.RateLimited, "429", "Too many requests", TimeSpan.FromSeconds(30))
            : null;

        for (var round = 0; round < 3; round++)
        {
            var now = app.Clock.GetUtcNow();
            var limited = await app.Puller.PullAsync(shop.Id, Ct);
            Assert.Equal(PullResult.RateLimited, limited.Result);
            var state = await app.SyncStateAsync(shop.Id);
            Assert.InRange(state!.PausedUntil!.Value, now.AddSeconds(30), now.AddSeconds(36));
            Assert.Null(state.Watermark);

            var callsBefore = app.Pinduoduo.CallsFor(shop.Code).Count;
            Assert.Equal(PullResult.Paused, (await app.Puller.PullAsync(shop.Id, Ct)).Result);
            Assert.Equal(callsBefore, app.Pinduoduo.CallsFor(shop.Code).Count);

            // Orders keep arriving on the platform while the shop rests.
            app.Pinduoduo.Put(shop.Code, $"S{round}", now.AddSeconds(-10));
            app.Clock.Advance(TimeSpan.FromSeconds(40));
        }

        Assert.Equal(PullResult.CaughtUp, (await app.Puller.PullAsync(shop.Id, Ct)).Result);
        app.Pinduoduo.Put(shop.Code, "LATE", app.Clock.GetUtcNow().AddMinutes(-1)); // inside the 3-minute lag: next run
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(PullResult.CaughtUp, (await app.Puller.PullAsync(shop.Id, Ct)).Result);

        var keys = (await app.InboxAsync(shop.Id)).Select(m => m.MessageKey).ToHashSet();
        var onPlatform = app.Pinduoduo.OrdersOf(shop.Code);
        Assert.Equal(12, onPlatform.Count);
        Assert.All(onPlatform, o => Assert.Contains(PullsApp.KeyOf(shop, o.Id, o.ModifiedAt), keys));
        Assert.Equal(3, (await app.StatsAsync(shop.Id)).Sum(s => s.RateLimited));
        Assert.All(app.Pinduoduo.CallsFor(shop.Code), c => Assert.True(c.Window.To <= c.Window.From + PullsApp.PinduoduoPolicy.MaxWindow));
    }

    [Fact]
    public async Task Pull_TwoAtOnceForOneShop_PlatformSeesOneSequence()
    {
        var shop = await app.ShopAsync("TM-YJ01");
        var now = app.Clock.GetUtcNow();
        for (var i = 0; i < 7; i++) app.Taobao.Put(shop.Code, $"M{i}", now.AddMinutes(-45 + i));
        var arrived = app.Taobao.HoldNextCall();

        var first = Task.Run(() => app.Puller.PullAsync(shop.Id, Ct), Ct);
        await arrived.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var second = await app.Puller.PullAsync(shop.Id, Ct);
        app.Taobao.Release();
        var firstOutcome = await first;

        Assert.Equal(PullResult.AlreadyRunning, second.Result);
        Assert.Equal(PullResult.CaughtUp, firstOutcome.Result);
        var calls = app.Taobao.CallsFor(shop.Code);
        Assert.Equal(calls.Count, calls.Distinct().Count());
        Assert.Equal(3, calls.Count(c => c.IncludeTotal)); // one per window: a single run
        Assert.Equal(7, (await app.InboxAsync(shop.Id)).Count);
    }

    [Fact]
    public async Task Pull_AuthRefused_FailedWithClearMessageNothingStored()
    {
        var shop = await app.ShopAsync("TB-TEA01");
        app.Taobao.Put(shop.Code, "A1", app.Clock.GetUtcNow().AddMinutes(-10));
        app.Taobao.Faults = c => c.ShopCode == shop.Code
            ? new PlatformException(PlatformErrorKind.Auth, "27", "Invalid session")
            : null;
        try
        {
            var outcome = await app.Puller.PullAsync(shop.Id, Ct);

            Assert.Equal(PullResult.Failed, outcome.Result);
            var state = await app.SyncStateAsync(shop.Id);
            Assert.Contains("re-authorise", state!.LastError);
            Assert.Null(state.Watermark);
            Assert.Empty(await app.InboxAsync(shop.Id));
        }
        finally
        {
            app.Taobao.Faults = null;
        }
    }
}
