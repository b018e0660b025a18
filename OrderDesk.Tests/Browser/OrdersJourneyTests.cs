using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OrderDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class OrdersJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Orders_FilterPageAndOpen_ShowsTheRightOrder()
    {
        var page = await browser.SignedInPageAsync("ops");
        await page.GotoAsync("/orders");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var links = page.GetByTestId("order-link");
        await Assertions.Expect(links.First).ToBeVisibleAsync();

        // Page forward: the grid shows other orders and the URL says which page.
        var firstOnPageOne = await links.First.InnerTextAsync();
        await page.Locator("[aria-label='Next page']").ClickAsync();
        await page.WaitForURLAsync(PageTwo(), BrowserFixture.Committed);
        await Assertions.Expect(links.First).Not.ToHaveTextAsync(firstOnPageOne);

        // Filter by status through the URL the way a shared link would, then by free text in the UI.
        await page.GotoAsync("/orders?status=Completed");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("status-chip").First).ToHaveTextAsync("Completed");
        var statuses = await page.GetByTestId("status-chip").AllInnerTextsAsync();
        Assert.All(statuses, s => Assert.Equal("Completed", s));

        var wanted = await links.Nth(2).InnerTextAsync();
        await page.Locator("[data-testid=filter-text] input, input[data-testid=filter-text]").First.FillAsync(wanted);
        await page.WaitForURLAsync(url => url.Contains("q=" + Uri.EscapeDataString(wanted)), BrowserFixture.Committed);
        await Assertions.Expect(links).ToHaveCountAsync(1);
        await Assertions.Expect(links.First).ToHaveTextAsync(wanted);

        await links.First.ClickAsync();
        await page.WaitForURLAsync(OrderDetail(), BrowserFixture.Committed);
        await Assertions.Expect(page.GetByTestId("platform-order-id")).ToContainTextAsync(wanted);
        await Assertions.Expect(page.GetByTestId("order-line").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("order-timeline")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Orders_NonsenseFilterInUrl_ShowsHintNotAnError()
    {
        var page = await browser.SignedInPageAsync("finance");

        await page.GotoAsync("/orders?status=Bogus&size=100000&from=2026-12-01&to=2026-11-01");

        await Assertions.Expect(page.GetByTestId("search-hint").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Orders");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OrderDetail_Warehouse_SeesMaskedPhone()
    {
        var page = await browser.SignedInPageAsync("warehouse");
        await page.GotoAsync("/orders");
        await page.GetByTestId("order-link").First.ClickAsync();
        await page.WaitForURLAsync(OrderDetail(), BrowserFixture.Committed);

        await Assertions.Expect(page.GetByTestId("receiver-phone")).ToHaveTextAsync(MaskedPhone());
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"[?&]page=2")]
    private static partial Regex PageTwo();

    [GeneratedRegex(@"/orders/\d+")]
    private static partial Regex OrderDetail();

    [GeneratedRegex(@"\d{3}\*{4}\d{4}")]
    private static partial Regex MaskedPhone();
}
