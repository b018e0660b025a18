using System.Globalization;
using System.Text.Json.Nodes;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// <c>POST /sim/pinduoduo/api/router</c>: pdd.order.number.list.increment.get. Error codes (PDD publishes few, these
/// are the simulator's): 10000 invalid parameter (including the 30-minute window and the 3-minute lag), 10001 unknown
/// type, 10016 unknown client_id, 10019 invalid access_token, 20004 invalid signature, 20005 invalid timestamp,
/// 70031 call limited (HTTP 429 with Retry-After), 50000 server busy (HTTP 503).
/// </summary>
internal static class PinduoduoSimulator
{
    public const string Type = "pdd.order.number.list.increment.get";
    private static readonly TimeSpan s_maxWindow = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan s_lag = TimeSpan.FromMinutes(3);

    public static async Task<IResult> HandleAsync(HttpContext http, SimulatorCatalog catalog, SimulatorStore store,
        SimulatorFaults faults, TimeProvider clock, CancellationToken ct)
    {
        var p = await SimulatorHttp.ParametersAsync(http.Request, ct);
        var now = clock.GetUtcNow();
        if (p.Get("type") != Type) return Error(10001, "type不存在 (unknown API type)");
        if (await catalog.ByAppKeyAsync(Platform.Pinduoduo, p.Get("client_id"), ct) is not { } shop) return Error(10016, "client_id不存在 (unknown client_id)");
        if (!SimulatorHttp.SignatureMatches(Signing.Md5(p, shop.Secret.AppSecret), p.Get("sign"))) return Error(20004, "签名验证失败 (invalid signature)");
        if (!long.TryParse(p.Get("timestamp"), CultureInfo.InvariantCulture, out var unix)
            || (DateTimeOffset.FromUnixTimeSeconds(unix) - now).Duration() > TimeSpan.FromMinutes(10))
            return Error(20005, "timestamp无效 (timestamp more than 10 minutes off)");
        if (p.Get("access_token") != shop.Secret.AccessToken) return Error(10019, "access_token已过期或无效 (invalid access_token)");

        var fault = await SimulatorHttp.FaultAsync(faults,
            seconds => SimulatorHttp.TooManyRequests(http, seconds, ErrorBody(70031, "调用过于频繁，请稍后再试 (call limited)")),
            () => SimulatorHttp.Json(ErrorBody(50000, "系统繁忙 (server busy)"), StatusCodes.Status503ServiceUnavailable),
            ct);
        if (fault is not null) return fault;

        if (!long.TryParse(p.Get("start_updated_at"), CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(p.Get("end_updated_at"), CultureInfo.InvariantCulture, out var end))
            return Error(10000, "参数错误：start_updated_at/end_updated_at 必填 (Unix seconds)");
        var from = DateTimeOffset.FromUnixTimeSeconds(start);
        var to = DateTimeOffset.FromUnixTimeSeconds(end);
        if (to <= from || to - from > s_maxWindow) return Error(10000, "参数错误：时间间隔不能超过30分钟 (window over 30 minutes)");
        if (to > now - s_lag) return Error(10000, "参数错误：结束时间需早于当前时间3分钟 (window end must be 3 minutes behind)");
        var page = int.TryParse(p.Get("page") ?? "1", CultureInfo.InvariantCulture, out var n) ? n : 0;
        var pageSize = int.TryParse(p.Get("page_size") ?? "100", CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (page < 1 || pageSize is < 1 or > 100) return Error(10000, "参数错误：page从1开始，page_size不超过100");
        var orderStatus = p.Get("order_status") ?? "5";
        var refundStatus = p.Get("refund_status") ?? "5";

        List<SimOrder> orders;
        await using (var db = await store.OpenAsync(write: false, ct))
            orders = await db.WindowAsync(shop.Code, from, to, byCreated: false, ct);
        orders = [.. orders.Where(o => (orderStatus == "5" || OrderStatus(o).ToString(CultureInfo.InvariantCulture) == orderStatus)
            && (refundStatus == "5" || RefundStatus(o).ToString(CultureInfo.InvariantCulture) == refundStatus))];
        var (slice, hasNext) = SimulatorHttp.Slice(orders, page, pageSize);
        return SimulatorHttp.Json(new JsonObject
        {
            ["order_sn_increment_get_response"] = new JsonObject
            {
                ["total_count"] = orders.Count,
                ["has_next"] = hasNext,
                ["order_sn_list"] = new JsonArray([.. slice.Select(Order)]),
            },
        });
    }

    private static int OrderStatus(SimOrder order) => order.State switch
    {
        SimState.Shipped => 2,
        SimState.Finished => 3,
        SimState.Closed when order.ShippedAt is not null => 2,
        _ => 1,
    };

    private static int RefundStatus(SimOrder order) => order.Refund switch
    {
        SimRefund.Requested => 2,
        SimRefund.Refunded => 4,
        _ => 1,
    };

    private static int AfterSalesStatus(SimOrder order) => order.Refund switch
    {
        SimRefund.Requested => order.ShippedAt is null ? 2 : 3,
        SimRefund.Refused => 6,
        SimRefund.Refunded => 10,
        _ => 0,
    };

    private static JsonNode Order(SimOrder order)
    {
        var r = order.Receiver;
        var waiting = order.State == SimState.Paid;
        return SimulatorHttp.WithoutNulls(new JsonObject
        {
            ["order_sn"] = order.OrderId,
            ["order_status"] = OrderStatus(order),
            ["refund_status"] = RefundStatus(order),
            ["after_sales_status"] = AfterSalesStatus(order),
            ["confirm_status"] = 1,
            ["risk_control_status"] = 0,
            ["trade_type"] = 0,
            ["confirm_time"] = SimTime.ChinaText(order.PaidAt),
            ["created_time"] = SimTime.ChinaText(order.Created),
            ["pay_time"] = SimTime.ChinaText(order.PaidAt),
            ["updated_at"] = SimTime.ChinaText(order.Modified),
            ["last_ship_time"] = SimTime.ChinaText(order.PaidAt?.AddHours(48)),
            ["shipping_time"] = SimTime.ChinaText(order.ShippedAt),
            ["tracking_number"] = order.TrackingNumber,
            ["buyer_memo"] = order.BuyerMessage,
            ["remark"] = order.SellerMemo,
            ["remark_tag"] = order.SellerMemo.Length > 0 ? 1 : null,
            ["receiver_name"] = r.Name,
            ["receiver_phone"] = r.ShownMobile,
            // Ciphertext while waiting to ship, empty afterwards (PLATFORMS.md); the plain parts stay readable.
            ["receiver_address"] = waiting ? "~" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(r.Detail)) + "~" : "",
            ["province"] = r.Province,
            ["city"] = r.City,
            ["town"] = r.District,
            ["address"] = r.Detail,
            ["item_list"] = new JsonArray([.. order.Lines.Where(l => !l.Gift).Select(Item)]),
            ["gift_list"] = new JsonArray([.. order.Lines.Where(l => l.Gift).Select(Item)]),
            ["goods_amount"] = order.GoodsFen / 100m,
            ["discount_amount"] = order.DiscountFen / 100m,
            ["platform_discount"] = order.DiscountFen / 100m,
            ["seller_discount"] = 0m,
            ["postage"] = order.ShippingFen / 100m,
            ["pay_amount"] = order.PaymentFen / 100m,
        });
    }

    private static JsonNode Item(SimLine line) => new JsonObject
    {
        ["goods_id"] = 100_000_000L + Math.Abs(line.SkuCode.Split('-')[0].Aggregate(17L, (h, c) => (h * 31 + c) % 900_000_000L)),
        ["sku_id"] = 1_000_000_000L + Math.Abs(line.SkuCode.Aggregate(23L, (h, c) => (h * 37 + c) % 9_000_000_000L)),
        ["outer_id"] = line.SkuCode,
        ["outer_goods_id"] = line.SkuCode.Split('-')[0],
        ["goods_name"] = line.Title,
        ["goods_spec"] = string.Join(",", new[] { line.Color, line.Size }.Where(s => s.Length > 0)),
        ["goods_count"] = line.Quantity,
        ["goods_price"] = line.PriceFen / 100m,
        ["goods_img"] = "",
    };

    private static IResult Error(int code, string message) => SimulatorHttp.Json(ErrorBody(code, message));

    private static JsonObject ErrorBody(int code, string message) => new()
    {
        ["error_response"] = new JsonObject
        {
            ["error_code"] = code,
            ["error_msg"] = message,
            ["sub_code"] = code.ToString(CultureInfo.InvariantCulture),
            ["sub_msg"] = message,
            ["request_id"] = Guid.NewGuid().ToString("N"),
        },
    };
}
