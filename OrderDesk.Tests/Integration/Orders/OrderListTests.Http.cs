using System.Net;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Orders;

public sealed class OrderListHttpTests(OrderListFixture data) : IClassFixture<OrderListFixture>
{
    [Fact]
    public async Task GetOrders_BadLink_PageWithHintsNotAnError()
    {
        var client = await data.App.SignedInAsync("ops@demo.orderdesk");

        var response = await client.GetAsync("/orders?status=Bogus&size=100000&from=2026-12-01&to=2026-11-01",
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("id=\"page-title\"", html);
        Assert.Contains("status=Bogus", WebUtility.HtmlDecode(html));
        Assert.Contains("size=100000", WebUtility.HtmlDecode(html));
        Assert.Contains("2026-11-01 – 2026-12-01", WebUtility.HtmlDecode(html));
    }

    [Theory]
    [InlineData("warehouse@demo.orderdesk")]
    [InlineData("finance@demo.orderdesk")]
    public async Task GetOrders_OtherOrderRoles_Allowed(string email)
    {
        var client = await data.App.SignedInAsync(email);

        var response = await client.GetAsync("/orders", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"page-title\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetOrders_Anonymous_SentToSignIn()
    {
        var response = await data.App.Anonymous().GetAsync("/orders", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString);
    }
}
