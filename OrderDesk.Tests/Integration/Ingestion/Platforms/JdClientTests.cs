using System.Text.Json;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Tests.Unit.Ingestion.Platforms;

namespace OrderDesk.Tests.Integration.Ingestion.Platforms;

public sealed class JdClientTests
{
    private static readonly string s_order = PlatformFixtures.Read("jd-order-paid.json");

    private static string Result(string inner) =>
        """{"jingdong_pop_order_search_responce":{"code":"0","searchorderinfo_result":{""" + inner + "}}}";

    [Fact]
    public async Task PullPage_SignedFormPostWithBusinessJson()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(Result($$"""
            "apiResult":{"success":true,"chineseErrCode":"成功","englishErrCode":"success","numberCode":10100000},
            "orderTotal":51,"orderInfoList":[{{s_order}}]
            """));

        var page = await harness.PullAsync(Platform.Jd);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", "/routerjson"), (request.Method, request.Path));
        var form = request.Form;
        Assert.Equal("jingdong.pop.order.search", form["method"]);
        Assert.Equal(("app-key-1", "session-token-1"), (form["app_key"], form["access_token"]));
        Assert.Equal(("2026-11-24 10:35:00", "2.0", "md5"), (form["timestamp"], form["v"], form["sign_method"]));
        Assert.Equal(Signing.Md5(form, PlatformClientHarness.Secret.AppSecret), form["sign"]);

        var business = JsonSerializer.Deserialize<Dictionary<string, string>>(form["360buy_param_json"])!;
        Assert.Equal(("2026-11-24 10:00:00", "2026-11-24 10:30:00"), (business["start_date"], business["end_date"]));
        Assert.NotEmpty(business["optional_fields"]);
        Assert.Contains("orderState", business["optional_fields"].Split(','));
        Assert.Equal(["WAIT_SELLER_STOCK_OUT", "WAIT_GOODS_RECEIVE_CONFIRM", "FINISHED_L", "TRADE_CANCELED", "LOCKED", "PAUSE", "POP_ORDER_PAUSE"],
            business["order_state"].Split(','));
        Assert.Equal(("1", "0"), (business["page"], business["dateType"]));
        Assert.InRange(int.Parse(business["page_size"], System.Globalization.CultureInfo.InvariantCulture), 1, 50);

        Assert.Equal((51, true), (page.TotalCount, page.HasNext)); // JD always counts: 1 × 50 < 51
        var order = Assert.Single(page.Orders);
        Assert.Equal(("301234567890", s_order), (order.PlatformOrderId, order.Payload));
    }

    [Fact]
    public async Task PullPage_ApiResultNotSuccess_PermanentDespiteHttp200()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(Result("""
            "apiResult":{"success":false,"chineseErrCode":"查询参数错误","englishErrCode":"invalid query parameter","numberCode":10200001},
            "orderTotal":0,"orderInfoList":[]
            """));

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(Platform.Jd));

        Assert.Equal(PlatformErrorKind.Permanent, error.Kind);
        Assert.Contains("查询参数错误", error.Message);
    }

    [Theory]
    [InlineData("""{"error_response":{"code":"19","zh_desc":"token已过期或者不存在","en_desc":"Invalid access_token"}}""", PlatformErrorKind.Auth)]
    [InlineData("""{"error_response":{"code":"9","zh_desc":"调用次数超限","en_desc":"Call limited"}}""", PlatformErrorKind.RateLimited)]
    [InlineData("""{"error_response":{"code":"66","zh_desc":"平台连接后端服务超时","en_desc":"Service timeout"}}""", PlatformErrorKind.Transient)]
    [InlineData("""{"error_response":{"code":"61","zh_desc":"方法不存在","en_desc":"Invalid method"}}""", PlatformErrorKind.Permanent)]
    public async Task PullPage_GatewayError_Classified(string body, PlatformErrorKind kind)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(body);

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(Platform.Jd));

        Assert.Equal(kind, error.Kind);
    }
}
