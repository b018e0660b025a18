using OrderDesk.Domain.Ingestion;
using OrderDesk.Features.Ingestion.Pulls;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Pulls;

public sealed class BackfillTests(PullsApp app) : IClassFixture<PullsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LateChanges_OverlapCatchesRecentBackfillCatchesOlder_OnlyTrulyMissingCountsAsBackfilled()
    {
        var shop = await app.ShopAsync("TB-TEA01");
        var t0 = app.Clock.GetUtcNow();
        app.Taobao.Put(shop.Code, "A", t0.AddMinutes(-40));
        app.Taobao.Put(shop.Code, "B", t0.AddMinutes(-20));
        app.Taobao.Put(shop.Code, "Y", t0.AddMinutes(-50));
        Assert.Equal(PullResult.CaughtUp, (await app.Puller.PullAsync(shop.Id, Ct)).Result);
        var watermarkAfterFirst = (await app.SyncStateAsync(shop.Id))!.Watermark;

        // B changes just before the watermark but the platform lists it late: the next window's overlap takes it.
        app.Taobao.Put(shop.Code, "B", t0.AddSeconds(-60));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Puller.PullAsync(shop.Id, Ct);
        var inbox = await app.InboxAsync(shop.Id);
        Assert.Contains(inbox, m => m.MessageKey == PullsApp.KeyOf(shop, "B", t0.AddSeconds(-60)) && m.Source == MessageSource.Pull);

        // Further back than any overlap: Y changed, Z never seen, W already an order but never in the inbox.
        app.Taobao.Put(shop.Code, "Y", t0.AddMinutes(-30));
        app.Taobao.Put(shop.Code, "Z", t0.AddMinutes(-45));
        app.Taobao.Put(shop.Code, "W", t0.AddMinutes(-70));
        await using (var db = await app.DbAsync())
        {
            db.Orders.Add(TestData.Order(shop, "W", t0.AddMinutes(-90)));
            await db.SaveChangesAsync(Ct);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Puller.PullAsync(shop.Id, Ct);
        Assert.DoesNotContain(await app.InboxAsync(shop.Id), m => m.PlatformOrderId is "Z" or "W");
        var watermark = (await app.SyncStateAsync(shop.Id))!.Watermark;
        Assert.True(watermark > watermarkAfterFirst);

        var summary = Assert.Single(await app.Get<BackfillJob>().BackfillAsync(Ct), s => s.ShopCode == shop.Code);

        Assert.Equal(new BackfillSummary(shop.Id, shop.Code, Found: 5, Missing: 1, Stored: 3), summary);
        var backfilled = (await app.InboxAsync(shop.Id)).Where(m => m.Source == MessageSource.Backfill).ToList();
        Assert.Equal(["W", "Y", "Z"], backfilled.Select(m => m.PlatformOrderId).Order());
        Assert.All(backfilled, m => Assert.Equal("backfill", m.Topic));
        Assert.Equal(1, (await app.StatsAsync(shop.Id)).Sum(s => s.Backfilled));
        Assert.Equal(watermark, (await app.SyncStateAsync(shop.Id))!.Watermark);

        var again = Assert.Single(await app.Get<BackfillJob>().BackfillAsync(Ct), s => s.ShopCode == shop.Code);
        Assert.Equal((5, 0, 0), (again.Found, again.Missing, again.Stored));
        Assert.Equal(1, (await app.StatsAsync(shop.Id)).Sum(s => s.Backfilled));
    }

    [Fact]
    public async Task Backfill_EveryEnabledShop_WebShopIncludedThroughItsReconciliationPull()
    {
        var web = await app.ShopAsync("WEB-YJ01");
        var now = app.Clock.GetUtcNow();
        app.WebShop.Put(web.Code, "5001", now.AddMinutes(-100));
        app.WebShop.Put(web.Code, "5002", now.AddMinutes(-10));
        var callsBefore = app.WebShop.CallsFor(web.Code).Count;

        var summaries = await app.Get<BackfillJob>().BackfillAsync(Ct);

        Assert.Equal(7, summaries.Count);
        var summary = Assert.Single(summaries, s => s.ShopCode == web.Code);
        Assert.Equal("", summary.Problem);
        Assert.Equal((2, 2, 2), (summary.Found, summary.Missing, summary.Stored));
        // Two hours in one-hour chunks, each paged from its total.
        Assert.Equal(2, app.WebShop.CallsFor(web.Code).Skip(callsBefore).Count(c => c.IncludeTotal));
        Assert.Null((await app.SyncStateAsync(web.Id))?.Watermark);
    }

    [Fact]
    public async Task Backfill_PlatformLimits_ShopPausedOthersStillBackfilled()
    {
        var jd = await app.ShopAsync("JD-DG01");
        app.Jd.Faults = c => c.ShopCode == jd.Code
            ? new Features.Ingestion.Platforms.PlatformException(Features.Ingestion.Platforms.PlatformErrorKind.RateLimited, "limited", "Limited", TimeSpan.FromMinutes(2))
            : null;
        try
        {
            var now = app.Clock.GetUtcNow();
            var summaries = await app.Get<BackfillJob>().BackfillAsync(Ct);

            Assert.Contains("RateLimited", Assert.Single(summaries, s => s.ShopCode == jd.Code).Problem);
            Assert.Equal(6, summaries.Count(s => s.Problem == ""));
            Assert.InRange((await app.SyncStateAsync(jd.Id))!.PausedUntil!.Value, now.AddMinutes(2), now.AddMinutes(2.4));
        }
        finally
        {
            app.Jd.Faults = null;
        }
    }
}
