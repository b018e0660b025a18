using Microsoft.Playwright;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BoardJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Board_OpenFromNavSwitchRangeThenChinese_ChartDrawsEveryBucketAndHeadingsTranslate()
    {
        var now = browser.App.Clock.GetUtcNow();
        await using (var db = await browser.App.DbAsync())
        {
            var (_, shop) = await TestData.ShopAsync(db, Platform.Pinduoduo, "pdd-board");
            db.ChannelMinuteStats.Add(new ChannelMinuteStat(shop.Id, Platform.Pinduoduo, now.AddMinutes(-5)) { Received = 42, Pulls = 3 });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var page = await browser.SignedInPageAsync("ops");

        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("nav-board").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/board"), BrowserFixture.Committed);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Monitoring board");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var chart = page.GetByTestId("chart-inflow");
        // Four platforms × 60 one-minute buckets, then × 288 five-minute buckets for 24 h.
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-points", "240");
        await Assertions.Expect(page.GetByTestId("platform-link-Pinduoduo")).ToContainTextAsync("42");
        await Assertions.Expect(page.GetByTestId("board-row-pdd-board")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("board-updated")).ToContainTextAsync("Updated");
        await page.GetByTestId("range-Day").ClickAsync();
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-points", "1152");

        await page.GotoAsync("/culture/zh-Hans?returnUrl=/board");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("监控看板");
        await Assertions.Expect(page.GetByTestId("kpi-success")).ToContainTextAsync("今日同步成功率");
        await Assertions.Expect(page.GetByTestId("chart-inflow")).ToHaveAttributeAsync("data-points", "240");
        await page.Context.CloseAsync();
    }
}
