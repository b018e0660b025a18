using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Screens;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Screens;

public sealed class QuarantineListTests(GatewayScreensApp app) : IClassFixture<GatewayScreensApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private QuarantineList List => app.Get<QuarantineList>();
    private DateTimeOffset Now => app.Clock.GetUtcNow();

    [Fact]
    public async Task Search_ByShop_OnlyThatShopsQuarantinedNewestFirst()
    {
        var (_, shop) = await ShopAsync(Platform.Taobao, "tb-q-shop");
        var older = await QuarantineAsync(shop.Id, shop.Code, Platform.Taobao, "schema: num", Now.AddHours(-3));
        var newest = await QuarantineAsync(shop.Id, shop.Code, Platform.Taobao, "schema: mobile", Now.AddMinutes(-5));
        var middle = await QuarantineAsync(shop.Id, shop.Code, Platform.Taobao, "retries exhausted", Now.AddHours(-1));
        await PendingAsync(shop.Id, shop.Code);

        var page = await List.SearchAsync(new QuarantineSearch { ShopId = shop.Id }, Ct);

        Assert.Equal([newest.Id, middle.Id, older.Id], page.Rows.Select(r => r.Id));
        Assert.Equal(3, page.Total);
        Assert.All(page.Rows, r => Assert.Equal(shop.Name, r.ShopName));
        Assert.True(page.ByPlatform[Platform.Taobao] >= 3);
    }

    [Fact]
    public async Task Search_ByPlatformAndReasonText_CaseInsensitiveAndWildcardsLiteral()
    {
        var (_, jd) = await ShopAsync(Platform.Jd, "jd-q-reason");
        var mobile = await QuarantineAsync(jd.Id, jd.Code, Platform.Jd, "Required properties [\"receiver_mobile\"] are not present", Now.AddMinutes(-10));
        await QuarantineAsync(jd.Id, jd.Code, Platform.Jd, "Value is \"string\" but should be \"integer\"", Now.AddMinutes(-9));
        var percent = await QuarantineAsync(jd.Id, jd.Code, Platform.Jd, "discount 100% off is not allowed", Now.AddMinutes(-8));

        var byText = await List.SearchAsync(new QuarantineSearch { Platform = Platform.Jd, ShopId = jd.Id, Reason = "RECEIVER_MOBILE" }, Ct);
        var byPercent = await List.SearchAsync(new QuarantineSearch { ShopId = jd.Id, Reason = "100%" }, Ct);
        var wildcard = await List.SearchAsync(new QuarantineSearch { ShopId = jd.Id, Reason = "%" }, Ct);
        var otherPlatform = await List.SearchAsync(new QuarantineSearch { Platform = Platform.Pinduoduo, ShopId = jd.Id }, Ct);

        Assert.Equal([mobile.Id], byText.Rows.Select(r => r.Id));
        Assert.Equal([percent.Id], byPercent.Rows.Select(r => r.Id));
        Assert.Equal([percent.Id], wildcard.Rows.Select(r => r.Id));
        Assert.Empty(otherPlatform.Rows);
        Assert.Equal(0, otherPlatform.Total);
    }

    [Fact]
    public async Task Search_Paging_PagesOfTheSizeAskedAndPastTheEndShowsTheLastPage()
    {
        var (_, shop) = await ShopAsync(Platform.Pinduoduo, "pdd-q-paging");
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
            ids.Add((await QuarantineAsync(shop.Id, shop.Code, Platform.Pinduoduo, $"bad {i}", Now.AddMinutes(-60 + i))).Id);
        ids.Reverse(); // newest first

        var second = await List.SearchAsync(new QuarantineSearch { ShopId = shop.Id, PageSize = 3, Page = 2 }, Ct);
        var beyond = await List.SearchAsync(new QuarantineSearch { ShopId = shop.Id, PageSize = 3, Page = 9 }, Ct);

        Assert.Equal(ids.Skip(3).Take(3), second.Rows.Select(r => r.Id));
        Assert.Equal((7, 2), (second.Total, second.Page));
        Assert.Equal(3, beyond.Page);
        Assert.Equal([ids[6]], beyond.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Search_ReplayedAndDiscardedMessages_LeaveTheQuarantineList()
    {
        var (_, shop) = await ShopAsync(Platform.Taobao, "tb-q-leave");
        var replayed = await QuarantineAsync(shop.Id, shop.Code, Platform.Taobao, "x", Now.AddMinutes(-3));
        var discarded = await QuarantineAsync(shop.Id, shop.Code, Platform.Taobao, "y", Now.AddMinutes(-2));
        var kept = await QuarantineAsync(shop.Id, shop.Code, Platform.Taobao, "z", Now.AddMinutes(-1));
        var desk = app.Get<QuarantineDesk>();
        await desk.ReplayAsync(replayed.Id, null, null, Ct);
        await desk.DiscardAsync(discarded.Id, "test order", Ct);

        var page = await List.SearchAsync(new QuarantineSearch { ShopId = shop.Id }, Ct);

        Assert.Equal([kept.Id], page.Rows.Select(r => r.Id));
    }

    private async Task<(Domain.Catalog.Warehouse, Domain.Catalog.Shop)> ShopAsync(Platform platform, string code)
    {
        await using var db = await app.DbAsync();
        return await TestData.ShopAsync(db, platform, code);
    }

    private Task<InboxMessage> QuarantineAsync(long shopId, string code, Platform platform, string reason, DateTimeOffset at) =>
        app.QuarantinedAsync(shopId, code, platform, TestOrderMapper.Payload(), reason, at);

    private async Task PendingAsync(long shopId, string code)
    {
        await using var db = await app.DbAsync();
        db.InboxMessages.Add(new InboxMessage($"test:{Guid.NewGuid():N}", Platform.Taobao, shopId, code, MessageSource.Pull, "t", "1", "{}", Now));
        await db.SaveChangesAsync(Ct);
    }
}
