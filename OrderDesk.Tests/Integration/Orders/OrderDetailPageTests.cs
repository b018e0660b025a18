using System.Net;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Orders;

public sealed class OrderDetailPageTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_AsFinance_PrerendersTheOrderWithMaskedPhoneAndGift()
    {
        var order = await OrderDetailData.SaveOrderAsync(app, phone: "13812345678");
        var client = await app.SignedInAsync("finance@demo.orderdesk");

        var response = await client.GetAsync($"/orders/{order.Id}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(order.PlatformOrderId, html);
        Assert.Contains("data-testid=\"gift-chip\"", html);
        Assert.Contains("138****5678", html);
        // Finance may not see full phones: the number must not reach the browser at all.
        Assert.DoesNotContain("13812345678", html);
    }

    [Fact]
    public async Task Get_AsOpsManager_ShowsTheFullPhone()
    {
        var order = await OrderDetailData.SaveOrderAsync(app, phone: "13812345678");
        var client = await app.SignedInAsync("ops@demo.orderdesk");

        var html = await client.GetStringAsync($"/orders/{order.Id}", Ct);

        Assert.Contains("13812345678", html);
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToLogin()
    {
        var response = await app.Anonymous().GetAsync("/orders/1", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_UnknownOrder_200WithFriendlyNotFoundState()
    {
        var client = await app.SignedInAsync("finance@demo.orderdesk");

        var response = await client.GetAsync("/orders/999999999", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"order-not-found\"", html);
        Assert.Contains("Order not found", html);
        Assert.Contains("999999999", html);
    }

    [Fact]
    public async Task Get_FromFilteredList_BackLinkReturnsToThatList()
    {
        var order = await OrderDetailData.SaveOrderAsync(app);
        var client = await app.SignedInAsync("finance@demo.orderdesk");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/orders/{order.Id}");
        request.Headers.Referrer = new Uri(client.BaseAddress!, "/orders?status=Paid&page=2");

        var html = await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("href=\"/orders?status=Paid&amp;page=2\"", html);
    }

    [Fact]
    public async Task Get_ForeignReferrer_BackLinkIsThePlainList()
    {
        var order = await OrderDetailData.SaveOrderAsync(app);
        var client = await app.SignedInAsync("finance@demo.orderdesk");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/orders/{order.Id}?back=https://evil.example/orders");
        request.Headers.Referrer = new Uri("https://evil.example/orders?x=1");

        var html = await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("href=\"/orders\"", html);
        Assert.DoesNotContain("evil.example", html);
    }
}
