using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Tests.Unit.Ingestion.Platforms;

namespace OrderDesk.Tests.Integration.Ingestion.Platforms;

public sealed class PinduoduoClientTests
{
    private static readonly string s_order = PlatformFixtures.Read("pdd-order-paid.json");

    [Fact]
    public async Task PullPage_HasNextMode_SignedFormPostWithUnixSeconds()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"order_sn_increment_get_response":{"has_next":false,"order_sn_list":[""" + s_order + "]}}");

        var page = await harness.PullAsync(Platform.Pinduoduo);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", "/api/router"), (request.Method, request.Path));
        var form = request.Form;
        Assert.Equal("pdd.order.number.list.increment.get", form["type"]);
        Assert.Equal(("app-key-1", "session-token-1"), (form["client_id"], form["access_token"]));
        Assert.Equal(("JSON", "V1"), (form["data_type"], form["version"]));
        Assert.Equal("1795487700", form["timestamp"]); // 2026-11-24 10:35:00 +08:00
        Assert.Equal(("1795485600", "1795487400"), (form["start_updated_at"], form["end_updated_at"]));
        Assert.Equal(("1", "100"), (form["page"], form["page_size"]));
        Assert.Equal(("0", "5", "5", "true"), (form["is_lucky_flag"], form["order_status"], form["refund_status"], form["use_has_next"]));
        Assert.Equal(Signing.Md5(form, PlatformClientHarness.Secret.AppSecret), form["sign"]);

        var order = Assert.Single(page.Orders);
        Assert.Equal(("261124-123456789012345", s_order), (order.PlatformOrderId, order.Payload));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 41, 10, TimeSpan.FromHours(8)), order.ModifiedAt);
        Assert.False(page.HasNext);
    }

    [Fact]
    public async Task PullPage_IncludeTotal_AsksForCountAndReadsIt()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"order_sn_increment_get_response":{"total_count":250,"order_sn_list":[""" + s_order + "]}}");

        var page = await harness.PullAsync(Platform.Pinduoduo, page: 3, includeTotal: true);

        Assert.Equal("false", harness.Server.Requests[0].Form["use_has_next"]);
        Assert.Equal((250, false), (page.TotalCount, page.HasNext));
    }

    [Theory]
    [InlineData("""{"error_response":{"error_code":10019,"error_msg":"access_token已过期"}}""", PlatformErrorKind.Auth)]
    [InlineData("""{"error_response":{"error_code":70031,"error_msg":"调用过于频繁，请调整调用频率"}}""", PlatformErrorKind.RateLimited)]
    [InlineData("""{"error_response":{"error_code":70032,"error_msg":"Service call limited","sub_msg":"over quota"}}""", PlatformErrorKind.RateLimited)]
    [InlineData("""{"error_response":{"error_code":50000,"error_msg":"系统繁忙，请稍后重试"}}""", PlatformErrorKind.Transient)]
    [InlineData("""{"error_response":{"error_code":10000,"error_msg":"参数错误: page_size"}}""", PlatformErrorKind.Permanent)]
    public async Task PullPage_ErrorResponse_Classified(string body, PlatformErrorKind kind)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(body);

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(Platform.Pinduoduo));

        Assert.Equal(kind, error.Kind);
    }
}
