using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Tests.Unit.Ingestion.Platforms;

namespace OrderDesk.Tests.Integration.Ingestion.Platforms;

public sealed class TaobaoClientTests
{
    private static readonly string s_trade1 = PlatformFixtures.Read("taobao-trade-paid.json");
    private static readonly string s_trade2 = PlatformFixtures.Read("taobao-trade-county-city.json");

    private static string Page(string extra) =>
        "{\"trades_sold_increment_get_response\":{" + extra + ",\"trades\":{\"trade\":[" + s_trade1 + "," + s_trade2 + "]}}}";

    [Fact]
    public async Task PullPage_HasNextMode_SignedFormPostInChinaTime()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(Page("\"has_next\":true"));

        var page = await harness.PullAsync(Platform.Taobao, page: 3);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", "/router/rest"), (request.Method, request.Path));
        var form = request.Form;
        Assert.Equal("taobao.trades.sold.increment.get", form["method"]);
        Assert.Equal(("app-key-1", "session-token-1"), (form["app_key"], form["session"]));
        Assert.Equal(("2.0", "md5", "json"), (form["v"], form["sign_method"], form["format"]));
        Assert.Equal("2026-11-24 10:35:00", form["timestamp"]);
        Assert.Equal(("2026-11-24 10:00:00", "2026-11-24 10:30:00"), (form["start_modified"], form["end_modified"]));
        Assert.Equal(("3", "50", "true"), (form["page_no"], form["page_size"], form["use_has_next"]));
        Assert.Contains("orders", form["fields"].Split(','));
        Assert.Contains("modified", form["fields"].Split(','));
        Assert.Equal(Signing.Md5(form, PlatformClientHarness.Secret.AppSecret), form["sign"]);

        Assert.True(page.HasNext);
        Assert.Null(page.TotalCount);
        Assert.Equal(["3987654321012345678", "3990000000000000001"], page.Orders.Select(o => o.PlatformOrderId));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 1, 30, TimeSpan.FromHours(8)), page.Orders[0].ModifiedAt);
        Assert.Equal(s_trade1, page.Orders[0].Payload); // the trade's own bytes, as the platform sent them
    }

    [Fact]
    public async Task PullPage_IncludeTotal_NoHasNextFlagAndTotalRead()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(Page("\"total_results\":120"));

        var page = await harness.PullAsync(Platform.Taobao, page: 2, includeTotal: true);

        Assert.False(harness.Server.Requests[0].Form.ContainsKey("use_has_next"));
        Assert.Equal(120, page.TotalCount);
        Assert.True(page.HasNext); // 2 × 50 < 120
    }

    [Fact]
    public async Task PullPage_NoTradesInWindow_EmptyPage()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"trades_sold_increment_get_response":{"total_results":0}}""");

        var page = await harness.PullAsync(Platform.Taobao, includeTotal: true);

        Assert.Equal((0, false, 0), (page.Orders.Count, page.HasNext, page.TotalCount));
    }

    [Theory]
    [InlineData("accesscontrol.limited-by-app-access-count")]
    [InlineData("accesscontrol.limited-by-api-access-count")]
    [InlineData("accesscontrol.limited-by-app-api-access-count")]
    public async Task PullPage_AppCallLimited_RateLimitedForBanPlusOneSecond(string subCode)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"error_response":{"code":7,"msg":"App Call Limited","sub_code":"SUB",""" +
            """ "sub_msg":"This ban will last for 12 more seconds","request_id":"abc"}}""".Replace("SUB", subCode));

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(Platform.Taobao));

        Assert.Equal(PlatformErrorKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(13), error.RetryAfter);
        Assert.StartsWith("7", error.Code);
    }

    [Theory]
    [InlineData("""{"error_response":{"code":27,"msg":"Invalid session","sub_code":"invalid-sessionkey"}}""", PlatformErrorKind.Auth)]
    [InlineData("""{"error_response":{"code":25,"msg":"Invalid signature"}}""", PlatformErrorKind.Auth)]
    [InlineData("""{"error_response":{"code":15,"msg":"Remote service error","sub_code":"isp.top-remote-connection-timeout"}}""", PlatformErrorKind.Transient)]
    [InlineData("""{"error_response":{"code":41,"msg":"Invalid arguments","sub_code":"isv.invalid-parameter"}}""", PlatformErrorKind.Permanent)]
    public async Task PullPage_ErrorResponse_Classified(string body, PlatformErrorKind kind)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(body);

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(Platform.Taobao));

        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public async Task PullPage_TradeWithoutModifiedTime_PassedOnStampedWithWindowStart()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"trades_sold_increment_get_response":{"has_next":false,"trades":{"trade":[{"tid":5,"status":"?"}]}}}""");

        var order = Assert.Single((await harness.PullAsync(Platform.Taobao)).Orders);

        Assert.Equal(("5", PlatformClientHarness.Window.From), (order.PlatformOrderId, order.ModifiedAt));
    }
}
