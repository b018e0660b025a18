using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderDesk.Features.Ingestion.Simulators;
using OrderDesk.Tests.Support;
using static OrderDesk.Tests.Integration.Ingestion.Simulators.SimulatorCalls;

namespace OrderDesk.Tests.Integration.Ingestion.Simulators;

/// <summary>pdd.order.number.list.increment.get and jingdong.pop.order.search over HTTP: window rules, paging, errors.</summary>
public sealed class PinduoduoAndJdSimulatorTests(PinduoduoAndJdSimulatorTests.App app) : IClassFixture<PinduoduoAndJdSimulatorTests.App>
{
    public sealed class App : OrderDeskApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private SimulatedPlatforms Platforms => app.Get<SimulatedPlatforms>();

    [Fact]
    public async Task Pdd_WindowRules_ThirtyMinutesAtMostAndThreeMinutesBehind()
    {
        var now = app.Clock.GetUtcNow();

        Assert.Equal(10000, ErrorCode(await PddAsync(app, "PDD-YJ01", now.AddMinutes(-40), now.AddMinutes(-9))));
        Assert.Equal(10000, ErrorCode(await PddAsync(app, "PDD-YJ01", now.AddMinutes(-20), now.AddMinutes(-2))));
        var ok = await PddAsync(app, "PDD-YJ01", now.AddMinutes(-33), now.AddMinutes(-3));
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.NotNull(ok.Json!["order_sn_increment_get_response"]);
    }

    [Fact]
    public async Task Pdd_Orders_CarryYuanAsJsonNumbersAndPageConsistently()
    {
        var from = app.Clock.GetUtcNow().AddDays(-1);
        var placed = new List<SimOrder>();
        for (var i = 0; i < 5; i++) placed.Add(await Platforms.AddOrderAsync("PDD-YJ01", from.AddMinutes(1 + 3 * i), Ct));

        var seen = new List<string>();
        for (var page = 3; page >= 1; page--)
        {
            var response = (await PddAsync(app, "PDD-YJ01", from, from.AddMinutes(30), page, 2)).Json!["order_sn_increment_get_response"]!;
            Assert.Equal(5, (int)response["total_count"]!);
            Assert.Equal(page < 3, (bool)response["has_next"]!);
            seen.AddRange(response["order_sn_list"]!.AsArray().Select(o => (string)o!["order_sn"]!));
        }
        Assert.Equal(placed.Select(o => o.OrderId).Order(), seen.Order());

        var newest = (await PddAsync(app, "PDD-YJ01", from, from.AddMinutes(30), 1, 1)).Json!["order_sn_increment_get_response"]!["order_sn_list"]![0]!;
        Assert.Equal(placed[^1].OrderId, (string)newest["order_sn"]!);
        Assert.Equal(JsonValueKind.Number, newest["pay_amount"]!.GetValueKind());
        Assert.Equal(placed[^1].PaymentFen / 100m, newest["pay_amount"]!.GetValue<decimal>());
        Assert.DoesNotMatch(@"\.(\d0|0)$", newest["pay_amount"]!.ToJsonString()); // 19.9, not 19.90
        Assert.Equal(placed[^1].Lines.First(l => !l.Gift).SkuCode, (string)newest["item_list"]![0]!["outer_id"]!);
        Assert.Equal(1, (int)newest["order_status"]!);
    }

    [Fact]
    public async Task Pdd_BadSignatureOrToken_AndRateLimit_AnswerPddErrors()
    {
        var now = app.Clock.GetUtcNow();
        Assert.Equal(20004, ErrorCode(await PddAsync(app, "PDD-YJ01", now.AddMinutes(-20), now.AddMinutes(-5), tamper: p => p["page"] = "2")));
        Assert.Equal(10016, ErrorCode(await PddAsync(app, "PDD-YJ01", now.AddMinutes(-20), now.AddMinutes(-5), tamper: p => p["client_id"] = "nobody")));
        try
        {
            Platforms.Faults.Set(new SimulatorFaultRates { RateLimit = 1, RateLimitSeconds = 4, ServerError = 0, Slow = 0 });
            var limited = await PddAsync(app, "PDD-YJ01", now.AddMinutes(-20), now.AddMinutes(-5));
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
            Assert.Equal(TimeSpan.FromSeconds(4), limited.Response.Headers.RetryAfter?.Delta);
            Assert.NotNull(limited.Json!["error_response"]!["error_code"]);
        }
        finally { Platforms.Faults.Set(SimulatorFaults.None()); }
    }

    [Fact]
    public async Task Jd_OptionalFields_AreRequiredAndSelectWhatIsReturned()
    {
        var from = app.Clock.GetUtcNow().AddDays(-1);
        var placed = await Platforms.AddOrderAsync("JD-YJ01", from.AddMinutes(5), Ct);
        await Platforms.AddOrderAsync("JD-YJ01", from.AddMinutes(6), Ct);

        var missing = await JdAsync(app, "JD-YJ01", Query(from, from.AddMinutes(30), optionalFields: ""));
        Assert.False((bool)Result(missing)["apiResult"]!["success"]!);

        var found = Result(await JdAsync(app, "JD-YJ01", Query(from, from.AddMinutes(30), pageSize: 1, page: 2)));
        Assert.True((bool)found["apiResult"]!["success"]!);
        Assert.Equal(2, (int)found["orderTotal"]!);
        var order = found["orderInfoList"]![0]!.AsObject();
        Assert.Equal(placed.OrderId, (string)order["orderId"]!);
        Assert.Equal("WAIT_SELLER_STOCK_OUT", (string)order["orderState"]!);
        Assert.Equal(placed.Lines[0].SkuCode, (string)order["itemInfoList"]![0]!["outerSkuId"]!);
        Assert.Null(order["venderRemark"]); // not asked for
    }

    [Fact]
    public async Task Jd_PageSizeOverFiftyOrBadSignature_IsRefused()
    {
        var now = app.Clock.GetUtcNow();
        Assert.False((bool)Result(await JdAsync(app, "JD-YJ01", Query(now.AddHours(-1), now, pageSize: 51)))["apiResult"]!["success"]!);
        var forged = await JdAsync(app, "JD-YJ01", Query(now.AddHours(-1), now), p => p["sign"] = "00");
        Assert.Equal("14", (string)forged.Json!["error_response"]!["code"]!);
    }

    private static JsonObject Query(DateTimeOffset from, DateTimeOffset to, string optionalFields = "orderId,orderState,modified,itemInfoList,consigneeInfo",
        int page = 1, int pageSize = 20) => new()
    {
        ["start_date"] = SimTime.ChinaText(from), ["end_date"] = SimTime.ChinaText(to), ["optional_fields"] = optionalFields,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture), ["page_size"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["dateType"] = "0",
    };

    private static JsonNode Result(Answer answer) => answer.Json!["jingdong_pop_order_search_responce"]!["searchorderinfo_result"]!;

    private static int? ErrorCode(Answer answer) => (int?)answer.Json!["error_response"]?["error_code"];
}
