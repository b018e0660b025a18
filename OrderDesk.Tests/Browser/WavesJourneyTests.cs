using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OrderDesk.Tests.Integration.Fulfillment;

namespace OrderDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class WavesJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Waves_SelectTwoReadyOrdersAndRelease_NewWaveWithPickListSortedByBin()
    {
        var page = await browser.SignedInPageAsync("warehouse");
        var ct = TestContext.Current.CancellationToken;
        var ids = new[] { await FulfillmentTestOrders.ReadyAsync(browser.App), await FulfillmentTestOrders.ReadyAsync(browser.App) };
        await using var db = await browser.App.DbAsync();
        var orders = await db.Orders.Where(o => ids.Contains(o.Id)).Select(o => new { o.PlatformOrderId, o.WarehouseId }).ToListAsync(ct);

        await page.GotoAsync($"/waves?warehouse={orders[0].WarehouseId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        foreach (var order in orders)
            await page.Locator($"[data-testid='select-{order.PlatformOrderId}'] input, input[data-testid='select-{order.PlatformOrderId}']").First.CheckAsync();
        await Assertions.Expect(page.GetByTestId("release-selected")).ToContainTextAsync("(2)");
        await page.GetByTestId("release-selected").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("released with 2 orders");
        foreach (var order in orders)
            await Assertions.Expect(page.GetByTestId($"select-{order.PlatformOrderId}")).ToHaveCountAsync(0);
        await page.GetByTestId("wave-link").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/waves/", StringComparison.Ordinal), BrowserFixture.Committed);

        var rows = page.GetByTestId("wave-orders").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        foreach (var order in orders) await Assertions.Expect(page.GetByTestId("wave-orders")).ToContainTextAsync(order.PlatformOrderId);
        var stops = page.GetByTestId("pick-stop");
        await Assertions.Expect(stops.First).ToBeVisibleAsync();
        var bins = new List<string>();
        foreach (var stop in await stops.AllAsync()) bins.Add(await stop.GetAttributeAsync("data-bin") ?? "");
        Assert.Equal(bins.Order(StringComparer.Ordinal), bins);
        Assert.True(bins.Count >= 3);
        await Assertions.Expect(page.GetByTestId("pick-gift").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
