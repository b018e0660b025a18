using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrderDesk.Domain.Shared;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Browser;

/// <summary>A browser on the app with a Taobao validator (<see cref="TestOrderMapper"/>), for the sync screens.</summary>
public sealed class GatewayBrowserFixture() : BrowserFixture(new GatewayScreensApp())
{
    public GatewayScreensApp Gateway => (GatewayScreensApp)App;
}

[CollectionDefinition(Name)]
public sealed class GatewayBrowserCollection : ICollectionFixture<GatewayBrowserFixture>
{
    public const string Name = "Gateway browser";
}

[Collection(GatewayBrowserCollection.Name)]
public sealed partial class SyncScreensJourneyTests(GatewayBrowserFixture browser)
{
    [Fact]
    public async Task Quarantine_OpenInvalidMessageAndReplay_ErrorMarkedThenReplayed()
    {
        var page = await browser.SignedInPageAsync("ops");
        var message = await QuarantinedAsync("tb-journey");

        await page.GotoAsync("/");
        await page.GetByTestId("nav-quarantine").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/ingestion/quarantine"), BrowserFixture.Committed);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("quarantine-link").Filter(new() { HasText = $"#{message.Id}" }).ClickAsync();
        await page.WaitForURLAsync(MessagePage(), BrowserFixture.Committed);

        var marked = page.GetByTestId("payload-error-line");
        await Assertions.Expect(marked).ToHaveCountAsync(1);
        await Assertions.Expect(marked).ToContainTextAsync("\"num\": \"two\"");
        await Assertions.Expect(page.GetByTestId("payload-error-path")).ToHaveTextAsync("/trade/orders/0/num");

        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("replay-as-is").ClickAsync();

        await Assertions.Expect(page.GetByTestId("message-state")).ToHaveTextAsync("Replayed");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Replayed as message #");
        await Assertions.Expect(page.GetByTestId("replay-link")).ToContainTextAsync("Pending");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditAndReplay_NotJsonRefused_StillInvalidJsonReplayedAnyway()
    {
        var page = await browser.SignedInPageAsync("admin");
        var message = await QuarantinedAsync("tb-journey-edit");
        await page.GotoAsync($"/ingestion/quarantine/{message.Id}");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByTestId("edit-replay").ClickAsync();
        var editor = page.Locator("[data-testid=payload-editor] textarea, textarea[data-testid=payload-editor]").First;
        await Assertions.Expect(editor).ToHaveValueAsync(new Regex("\"num\": \"two\""));
        await editor.FillAsync("{ \"trade\": ");
        await page.GetByTestId("replay-edited").ClickAsync();

        await Assertions.Expect(page.GetByTestId("editor-panel")).ToContainTextAsync("Not valid JSON (line 1");
        await Assertions.Expect(page.GetByTestId("message-state")).ToHaveTextAsync("Quarantined");

        // Fixed the quantity but not the missing mobile: the remaining problem is shown, and replay is still allowed.
        await editor.FillAsync(TestOrderMapper.Payload(num: "2", withMobile: false));
        await editor.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("payload-error-path")).ToHaveTextAsync("/trade");
        await Assertions.Expect(page.GetByTestId("replay-edited")).ToContainTextAsync("Replay anyway");
        await page.GetByTestId("replay-edited").ClickAsync();

        await Assertions.Expect(page.GetByTestId("message-state")).ToHaveTextAsync("Replayed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SyncState_InChinese_ShowsEveryShopWithChineseHeadings()
    {
        var page = await browser.SignedInPageAsync("ops", culture: "zh-CN");
        await page.GotoAsync("/culture/zh-Hans?returnUrl=/ingestion/sync");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("同步状态");
        await Assertions.Expect(page.GetByTestId("sync-table")).ToContainTextAsync("水位线");
        await Assertions.Expect(page.GetByTestId("pull-now-WEB-YJ01")).ToBeDisabledAsync();
        await page.GetByTestId("pull-now-TB-YJ01").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("已请求拉取 悦家生活馆");
        Assert.Contains(await ShopIdAsync("TB-YJ01"), browser.Gateway.Get<FakeSyncActions>().Pulled);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reconcile_TooLongWindowRefused_ThenDefaultWindowShowsMissingIdsAndApiLink()
    {
        var shopId = await ShopIdAsync("JD-YJ01");
        var fake = browser.Gateway.Get<FakeSyncActions>();
        var page = await browser.SignedInPageAsync("ops");
        await page.GotoAsync($"/ingestion/reconcile?shop={shopId}");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var from = page.Locator("[data-testid=reconcile-from] input, input[data-testid=reconcile-from]").First;
        await from.FillAsync("2026-11-01T10:00");
        await from.DispatchEventAsync("change");
        await page.GetByTestId("reconcile-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("reconcile-form")).ToContainTextAsync("A window can be at most 7 days.");
        await Assertions.Expect(page.GetByTestId("reconcile-result")).ToHaveCountAsync(0);

        await page.GetByTestId("reconcile-default").ClickAsync();
        await page.GetByTestId("reconcile-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("missing-count")).ToHaveTextAsync(fake.Missing.Count.ToString());
        await Assertions.Expect(page.GetByTestId("missing-ids")).ToContainTextAsync(fake.Missing[0]);
        await Assertions.Expect(page.GetByTestId("duplicated-count")).ToHaveTextAsync("0");
        Assert.StartsWith($"/api/sync/reconcile?shop=shop-{shopId}&from=", // the result's shop code
            await page.GetByTestId("reconcile-api").GetAttributeAsync("href"));

        var missing = fake.Missing;
        fake.Missing = [];
        try
        {
            await page.GetByTestId("reconcile-run").ClickAsync();
            await Assertions.Expect(page.GetByTestId("zero-missing")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("missing-count")).ToHaveTextAsync("0");
        }
        finally
        {
            fake.Missing = missing;
        }
        await page.Context.CloseAsync();
    }

    private async Task<long> ShopIdAsync(string code)
    {
        await using var db = await browser.Gateway.DbAsync();
        return db.Shops.Single(s => s.Code == code).Id;
    }

    private async Task<Domain.Ingestion.InboxMessage> QuarantinedAsync(string code)
    {
        var app = browser.Gateway;
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Taobao, code);
        return await app.QuarantinedAsync(shop.Id, shop.Code, Platform.Taobao, TestOrderMapper.Payload(num: "\"two\""),
            "Schema: /trade/orders/0/num: " + TestOrderMapper.NumNotInteger, app.Clock.GetUtcNow().AddMinutes(-2));
    }

    [GeneratedRegex(@"/ingestion/quarantine/\d+$")]
    private static partial Regex MessagePage();
}
