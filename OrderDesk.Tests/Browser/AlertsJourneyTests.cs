using Microsoft.Playwright;
using OrderDesk.Features.Alerts;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AlertsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task FailureBurst_WhilePageOpen_BellRises_IncidentListed_AcknowledgedWithCommentInTimeline()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await browser.SignedInPageAsync("ops");
        await page.GotoAsync("/board");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var count = page.GetByTestId("notification-count");
        var before = int.TryParse((await count.InnerTextAsync()).Trim(), out var n) ? n : 0;

        // A burst of failures for one shop in the current minute, then the evaluation round the job would run.
        // The clock stays where it is: the other browser tests share this app.
        var (shopId, _) = await new AlertScenario(browser.App).ShopAsync("tb-burst", browser.App.Clock.GetUtcNow());
        await new AlertScenario(browser.App).FailuresAsync(shopId, 25, minutesAgo: 0);
        Assert.True(await browser.App.Get<AlertEvaluator>().EvaluateAsync(ct) >= 1);

        await page.WaitForFunctionAsync(
            "before => { const t = document.querySelector('[data-testid=notification-count]')?.innerText.trim(); return Number(t || 0) > before; }",
            before);

        await page.GetByTestId("nav-incidents").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/alerts/incidents"), BrowserFixture.Committed);
        await BrowserFixture.WaitForInteractiveAsync(page);
        var row = page.GetByTestId("incidents").Locator("tr").Filter(new() { HasText = "tb-burst" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByTestId("incident-state")).ToHaveAttributeAsync("data-state", "Open");
        await row.GetByTestId("incident-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/alerts/incidents/"), BrowserFixture.Committed);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("incident-scope")).ToContainTextAsync("tb-burst");

        await page.Locator("[data-testid=ack-comment] textarea, textarea[data-testid=ack-comment]").First.FillAsync("Platform outage, on it");
        await page.GetByTestId("ack-button").ClickAsync();

        var acknowledged = page.Locator("[data-testid=timeline-event][data-kind=Acknowledged]");
        await Assertions.Expect(acknowledged).ToContainTextAsync("Platform outage, on it");
        await Assertions.Expect(page.GetByTestId("incident-state")).ToHaveAttributeAsync("data-state", "Acknowledged");
        await Assertions.Expect(page.GetByTestId("acknowledged-by")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
