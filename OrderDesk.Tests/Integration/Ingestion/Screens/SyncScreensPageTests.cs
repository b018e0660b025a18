using System.Net;
using OrderDesk.Domain.Shared;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Screens;

/// <summary>The prerendered pages, as a signed-in operator sees them before the circuit connects.</summary>
public sealed class SyncScreensPageTests(GatewayScreensApp app) : IClassFixture<GatewayScreensApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MessagePage_InvalidPayload_MarksTheLinesTheErrorsPointAt()
    {
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Taobao, "tb-page-marks");
        var message = await app.QuarantinedAsync(shop.Id, shop.Code, Platform.Taobao, TestOrderMapper.Payload(num: "\"two\"", withMobile: false),
            "schema", app.Clock.GetUtcNow().AddMinutes(-3));
        var client = await app.SignedInAsync("ops@demo.orderdesk");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/ingestion/quarantine/{message.Id}", Ct));

        Assert.Contains("/trade/orders/0/num", html);
        Assert.Contains(TestOrderMapper.MissingMobile, html);
        // "trade": { is line 2 (the missing mobile), "num": "two" is line 9.
        Assert.Contains("data-line=\"2\" data-testid=\"payload-error-line\"", html);
        Assert.Contains("data-line=\"9\" data-testid=\"payload-error-line\"", html);
        Assert.Equal(2, html.Split("data-testid=\"payload-error-line\"").Length - 1);
    }

    [Fact]
    public async Task SyncStatePage_InChinese_ShowsTheShopsAndChineseHeadings()
    {
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Pinduoduo, "pdd-page-zh");
        var client = await app.SignedInAsync("admin@demo.orderdesk");
        await client.GetAsync("/culture/zh-Hans?returnUrl=/", Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/ingestion/sync", Ct));

        Assert.Contains("同步状态", html);
        Assert.Contains("水位线", html);
        Assert.Contains(shop.Code, html);
    }
}
