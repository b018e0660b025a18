using Microsoft.AspNetCore.Http;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Platforms.WebShop;

namespace OrderDesk.Tests.Integration.Ingestion.Platforms;

public sealed class WebShopClientTests
{
    private const string Order1 = """{"id":450789469,"name":"#1001","updated_at":"2026-11-24T10:05:00+08:00","total_price":"199.00"}""";
    private const string Order2 = """{"id":450789470,"name":"#1002","updated_at":"2026-11-24T10:04:00+08:00","total_price":"59.00"}""";

    /// <summary>Two pages joined by a page_info cursor, as Shopify serves them; the count endpoint says 2.</summary>
    private static void ServeTwoPages(FakePlatformServer server) =>
        server.Respond = async (request, context) =>
        {
            if (request.Path.EndsWith("/count.json", StringComparison.Ordinal))
            {
                await context.Response.WriteAsync("""{"count":2}""");
                return;
            }
            if (!request.Query.TryGetValue("page_info", out var cursor))
            {
                context.Response.Headers.Link =
                    $"<{request.BaseUrl}admin/api/2024-10/orders.json?limit=250&page_info=cursor-2>; rel=\"next\"";
                await context.Response.WriteAsync($$"""{"orders":[{{Order1}}]}""");
                return;
            }
            context.Response.Headers.Link =
                $"<{request.BaseUrl}admin/api/2024-10/orders.json?limit=250&page_info=cursor-1>; rel=\"previous\"";
            await context.Response.WriteAsync(cursor == "cursor-2" ? $$"""{"orders":[{{Order2}}]}""" : """{"orders":[]}""");
        };

    [Fact]
    public async Task PullPage_FirstPage_GetWithWindowTokenAndNextCursor()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        ServeTwoPages(harness.Server);

        var page = await harness.PullAsync(Platform.WebShop);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("GET", "/admin/api/2024-10/orders.json"), (request.Method, request.Path));
        Assert.Equal(("2026-11-24T02:00:00+00:00", "2026-11-24T02:30:00+00:00"),
            (request.Query["updated_at_min"], request.Query["updated_at_max"]));
        Assert.Equal(("250", "any"), (request.Query["limit"], request.Query["status"]));
        Assert.Equal("session-token-1", request.Headers["X-Shopify-Access-Token"]);
        Assert.True(page.HasNext);
        var order = Assert.Single(page.Orders);
        Assert.Equal(("450789469", Order1), (order.PlatformOrderId, order.Payload));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 2, 5, 0, TimeSpan.Zero), order.ModifiedAt);
    }

    [Fact]
    public async Task PullPage_SecondPageAfterFirst_FollowsRememberedCursor()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        ServeTwoPages(harness.Server);

        await harness.PullAsync(Platform.WebShop, page: 1);
        var second = await harness.PullAsync(Platform.WebShop, page: 2);

        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Equal("cursor-2", harness.Server.Requests[1].Query["page_info"]);
        Assert.Equal("450789470", Assert.Single(second.Orders).PlatformOrderId);
        Assert.False(second.HasNext); // only rel="previous" on the last page
    }

    [Fact]
    public async Task PullPage_SecondPageCold_WalksTheCursorChain()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        ServeTwoPages(harness.Server);

        var second = await harness.PullAsync(Platform.WebShop, page: 2, includeTotal: true);

        Assert.Equal(["/admin/api/2024-10/orders.json", "/admin/api/2024-10/orders.json", "/admin/api/2024-10/orders/count.json"],
            harness.Server.Requests.Select(r => r.Path));
        Assert.Equal("450789470", Assert.Single(second.Orders).PlatformOrderId);
        Assert.Equal(2, second.TotalCount);
    }

    [Fact]
    public async Task PullPage_BeyondLastPage_Empty()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        ServeTwoPages(harness.Server);

        var third = await harness.PullAsync(Platform.WebShop, page: 3);

        Assert.Empty(third.Orders);
        Assert.False(third.HasNext);
    }

    [Fact]
    public async Task PullPage_IncludeTotalWithoutCountEndpoint_NoTotalButPage()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.Respond = async (request, context) =>
        {
            if (request.Path.EndsWith("/count.json", StringComparison.Ordinal)) context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(context.Response.StatusCode == 404 ? """{"errors":"Not Found"}""" : $$"""{"orders":[{{Order1}}]}""");
        };

        var page = await harness.PullAsync(Platform.WebShop, includeTotal: true);

        Assert.Null(page.TotalCount);
        Assert.Single(page.Orders);
    }

    [Theory]
    [InlineData("shpat_token", "key", "shpat_token")]
    [InlineData("", "key", "key")]
    public void AccessTokenOf_PrefersAccessToken(string accessToken, string appKey, string expected) =>
        Assert.Equal(expected, WebShopClient.AccessTokenOf(new ShopSecret(appKey, "secret", accessToken)));

    [Fact]
    public async Task PullPage_Forbidden_Auth()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"errors":"Forbidden"}""", StatusCodes.Status403Forbidden);

        var error = await Assert.ThrowsAsync<Features.Ingestion.Platforms.PlatformException>(() => harness.PullAsync(Platform.WebShop));

        Assert.Equal(Features.Ingestion.Platforms.PlatformErrorKind.Auth, error.Kind);
    }
}
