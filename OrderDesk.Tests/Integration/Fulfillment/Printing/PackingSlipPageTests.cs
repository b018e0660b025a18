using System.Net;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment.Printing;

public sealed class PackingSlipPageTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Slip_OrderWithGift_PrerendersNumberBarcodeGiftAndMaskedPhone()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        await using var db = await app.DbAsync();
        var number = db.Orders.Single(o => o.Id == orderId).PlatformOrderId;
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var response = await client.GetAsync($"/orders/{orderId}/slip", Ct);
        // Blazor writes non-ASCII text as character references.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"packing-slip\"", html);
        Assert.Contains(number, html);
        Assert.Contains($"data-barcode=\"code128\" data-value=\"{WaveOrder.BarcodeOf(orderId)}\"", html);
        Assert.Contains("<rect x=", html);
        Assert.Contains("data-barcode=\"qr\"", html);
        Assert.Equal(1, PrintedHtml.Count(html, "data-testid=\"slip-gift\""));
        Assert.Contains(">★ GIFT</span>", html);
        Assert.Equal(3, PrintedHtml.Count(html, "data-testid=\"slip-line\""));
        // The slip goes into the parcel: the phone is masked whoever prints it.
        Assert.Contains("138****5678", html);
        Assert.DoesNotContain("13812345678", html);
        Assert.Contains("Not chosen yet", html);
        Assert.Contains("@page { size: A6;", html);
    }

    [Fact]
    public async Task Slip_SizeA4InChinese_PageRuleAndChineseGiftMarker()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        var client = await app.SignedInAsync("supervisor@demo.orderdesk");
        await client.GetAsync("/culture/zh-Hans?returnUrl=/", Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/orders/{orderId}/slip?size=a4", Ct));

        Assert.Contains("@page { size: A4;", html);
        Assert.Contains("od-slip-a4", html);
        Assert.Contains("赠品", html);
        Assert.Contains("装箱单", html);
    }

    [Fact]
    public async Task OrderPage_LinksToItsSlip()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var html = await client.GetStringAsync($"/orders/{orderId}", Ct);

        Assert.Contains($"href=\"/orders/{orderId}/slip\"", html);
    }

    [Fact]
    public async Task Slip_UnknownOrder_FriendlyNotFound()
    {
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var response = await client.GetAsync("/orders/999999999/slip", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"slip-not-found\"", html);
        Assert.Contains("999999999", html);
        Assert.DoesNotContain("data-testid=\"packing-slip\"", html);
    }
}
