using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// <c>POST /sim/jd/routerjson</c>: jingdong.pop.order.search. Gateway errors (<c>error_response</c>, the simulator's
/// codes): 11 missing/invalid parameter, 12 unknown method, 13 invalid timestamp, 14 invalid signature, 15 unknown
/// app_key, 19 invalid access_token, 67 rate limited (HTTP 429 with Retry-After), 10 service unavailable (HTTP 503).
/// Business errors (bad 360buy_param_json, empty optional_fields, page_size over 50) come with HTTP 200 as
/// <c>apiResult.success=false</c>. Only the fields named in optional_fields are returned (orderId always).
/// </summary>
internal static class JdSimulator
{
    public const string Method = "jingdong.pop.order.search";
    private static readonly TimeSpan s_maxWindow = TimeSpan.FromDays(31);

    public static async Task<IResult> HandleAsync(HttpContext http, SimulatorCatalog catalog, SimulatorStore store,
        SimulatorFaults faults, TimeProvider clock, CancellationToken ct)
    {
        var p = await SimulatorHttp.ParametersAsync(http.Request, ct);
        if (p.Get("method") is not { } method) return Error("11", "缺少method参数", "missing method");
        if (method != Method) return Error("12", "方法不存在", $"unknown method {method}");
        if (await catalog.ByAppKeyAsync(Platform.Jd, p.Get("app_key"), ct) is not { } shop) return Error("15", "app_key无效", "invalid app_key");
        if (!SimulatorHttp.SignatureMatches(Signing.Md5(p, shop.Secret.AppSecret), p.Get("sign"))) return Error("14", "签名无效", "invalid signature");
        if (!SimTime.TryParseChina(p.Get("timestamp"), out var timestamp) || (timestamp - clock.GetUtcNow()).Duration() > TimeSpan.FromMinutes(10))
            return Error("13", "时间戳无效", "timestamp must be GMT+8 yyyy-MM-dd HH:mm:ss within 10 minutes");
        if (p.Get("access_token") != shop.Secret.AccessToken) return Error("19", "token已过期或者不存在，请重新授权访问", "invalid access_token");

        var fault = await SimulatorHttp.FaultAsync(faults,
            seconds => SimulatorHttp.TooManyRequests(http, seconds, ErrorBody("67", "调用次数超限", $"call limited, retry after {seconds} seconds")),
            () => SimulatorHttp.Json(ErrorBody("10", "服务不可用", "service unavailable"), StatusCodes.Status503ServiceUnavailable),
            ct);
        if (fault is not null) return fault;

        JsonObject? query;
        try { query = JsonNode.Parse(p.Get("360buy_param_json") ?? "") as JsonObject; }
        catch (JsonException) { query = null; }
        if (query is null) return Failed("参数错误：360buy_param_json不是JSON对象", "360buy_param_json is not a JSON object");
        var optionalFields = Text(query, "optional_fields");
        if (string.IsNullOrWhiteSpace(optionalFields)) return Failed("optional_fields不能为空", "optional_fields is required");
        if (!SimTime.TryParseChina(Text(query, "start_date"), out var from) || !SimTime.TryParseChina(Text(query, "end_date"), out var to))
            return Failed("start_date/end_date格式错误", "start_date and end_date are required, yyyy-MM-dd HH:mm:ss");
        if (to <= from || to - from > s_maxWindow) return Failed("时间范围错误", "end_date must be after start_date, at most a month later");
        var page = int.TryParse(Text(query, "page") ?? "1", CultureInfo.InvariantCulture, out var n) ? n : 0;
        var pageSize = int.TryParse(Text(query, "page_size") ?? "20", CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (page < 1 || pageSize is < 1 or > 50) return Failed("page从1开始，page_size不超过50", "page from 1, page_size 1-50");
        var byCreated = Text(query, "dateType") == "1";
        var states = Text(query, "order_state")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        List<SimOrder> orders;
        await using (var db = await store.OpenAsync(write: false, ct))
            orders = await db.WindowAsync(shop.Code, from, to, byCreated, ct);
        if (states is { Length: > 0 }) orders = [.. orders.Where(o => states.Contains(State(o)))];
        var fields = optionalFields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var (slice, _) = SimulatorHttp.Slice(orders, page, pageSize);
        return Result(new JsonObject
        {
            ["orderTotal"] = orders.Count,
            ["orderInfoList"] = new JsonArray([.. slice.Select(o => Only(Order(o), fields))]),
            ["apiResult"] = new JsonObject { ["success"] = true, ["numberCode"] = 0, ["chineseErrCode"] = "成功", ["englishErrCode"] = "success" },
        });
    }

    public static string State(SimOrder order) => order.State switch
    {
        _ when order.Refund == SimRefund.Requested => "LOCKED",
        SimState.Shipped => "WAIT_GOODS_RECEIVE_CONFIRM",
        SimState.Finished => "FINISHED_L",
        SimState.Closed => "TRADE_CANCELED",
        _ => "WAIT_SELLER_STOCK_OUT",
    };

    private static JsonObject Order(SimOrder order)
    {
        var r = order.Receiver;
        return SimulatorHttp.WithoutNulls(new JsonObject
        {
            ["orderId"] = order.OrderId,
            ["venderId"] = "10086",
            ["orderState"] = State(order),
            ["orderType"] = "22",
            ["payType"] = "4-在线支付",
            ["orderTotalPrice"] = SimTime.Yuan(order.GoodsFen),
            ["sellerDiscount"] = SimTime.Yuan(order.DiscountFen),
            ["orderSellerPrice"] = SimTime.Yuan(order.GoodsFen - order.DiscountFen),
            ["orderPayment"] = SimTime.Yuan(order.PaymentFen),
            ["freightPrice"] = SimTime.Yuan(order.ShippingFen),
            ["orderStartTime"] = SimTime.ChinaText(order.Created),
            ["paymentConfirmTime"] = SimTime.ChinaText(order.PaidAt),
            ["modified"] = SimTime.ChinaText(order.Modified),
            ["orderEndTime"] = SimTime.ChinaText(order.EndedAt),
            ["orderRemark"] = order.BuyerMessage,
            ["venderRemark"] = order.SellerMemo,
            ["pin"] = order.BuyerId,
            ["waybill"] = order.TrackingNumber,
            ["consigneeInfo"] = new JsonObject
            {
                ["fullname"] = r.Name,
                ["mobile"] = r.ShownMobile,
                ["telephone"] = "",
                ["province"] = r.Province,
                ["city"] = r.City,
                ["county"] = r.District,
                ["town"] = "",
                ["fullAddress"] = r.Province + r.City + r.District + r.Detail,
            },
            ["itemInfoList"] = new JsonArray([.. order.Lines.Select(l => (JsonNode)new JsonObject
            {
                ["skuId"] = (10_000_000_000L + Math.Abs(l.SkuCode.Aggregate(29L, (h, c) => (h * 31 + c) % 90_000_000_000L))).ToString(CultureInfo.InvariantCulture),
                ["outerSkuId"] = l.SkuCode,
                ["skuName"] = (l.Title + " " + l.Color + " " + l.Size).Trim(),
                ["itemTotal"] = l.Quantity.ToString(CultureInfo.InvariantCulture),
                ["jdPrice"] = SimTime.Yuan(l.PriceFen),
                ["giftPoint"] = "0",
                ["productNo"] = l.SkuCode.Split('-')[0],
            })]),
        });
    }

    private static JsonNode Only(JsonObject order, HashSet<string> fields)
    {
        foreach (var key in order.Select(p => p.Key).Where(k => k != "orderId" && !fields.Contains(k)).ToList()) order.Remove(key);
        return order;
    }

    private static string? Text(JsonObject json, string name) => json[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonNode node => node.ToJsonString(),
    };

    private static IResult Result(JsonObject searchResult) => SimulatorHttp.Json(new JsonObject
    {
        ["jingdong_pop_order_search_responce"] = new JsonObject
        {
            ["code"] = "0",
            ["searchorderinfo_result"] = searchResult,
        },
    });

    private static IResult Failed(string chinese, string english) => Result(new JsonObject
    {
        ["orderTotal"] = 0,
        ["orderInfoList"] = new JsonArray(),
        ["apiResult"] = new JsonObject { ["success"] = false, ["numberCode"] = 100, ["chineseErrCode"] = chinese, ["englishErrCode"] = english },
    });

    private static IResult Error(string code, string chinese, string english) => SimulatorHttp.Json(ErrorBody(code, chinese, english));

    private static JsonObject ErrorBody(string code, string chinese, string english) => new()
    {
        ["error_response"] = new JsonObject { ["code"] = code, ["zh_desc"] = chinese, ["en_desc"] = english },
    };
}
