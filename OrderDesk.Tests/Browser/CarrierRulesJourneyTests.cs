using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace OrderDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CarrierRulesJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task CarrierRules_TestOrderThenAddRuleFixingARange_AdviceShownAndRuleListed()
    {
        var page = await browser.SignedInPageAsync("admin");
        await using (var db = await browser.App.DbAsync())
        {
            var orderId = await db.Orders.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(TestContext.Current.CancellationToken);
            await page.GotoAsync("/");
            await BrowserFixture.WaitForInteractiveAsync(page);
            await page.GetByTestId("nav-carrier-rules").ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/fulfillment/carrier-rules"), BrowserFixture.Committed);
            await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("Carrier rules");
            await BrowserFixture.WaitForInteractiveAsync(page);

            await page.GetByTestId("test-reference").FillAsync(orderId.ToString());
            await page.GetByTestId("test-run").ClickAsync();
        }
        await Assertions.Expect(page.GetByTestId("advice-winner")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("advice-facts")).ToContainTextAsync(" g");

        await page.GetByTestId("new-rule").ClickAsync();
        await page.GetByTestId("rule-name").FillAsync("Journey: 3 to 9 kg");
        await page.GetByTestId("rule-min-weight").FillAsync("3000");
        await page.GetByTestId("rule-max-weight").FillAsync("2000");
        await page.GetByTestId("rule-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-dialog")).ToContainTextAsync("Must be above the minimum");

        await page.GetByTestId("rule-max-weight").FillAsync("9000");
        await page.GetByTestId("rule-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("rules")).ToContainTextAsync("Journey: 3 to 9 kg");
        await Assertions.Expect(page.GetByTestId("rules")).ToContainTextAsync("≥ 3,000 g, < 9,000 g");
        await page.Context.CloseAsync();
    }
}
