using System.Globalization;
using System.Text.Json.Nodes;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// <c>POST /sim/taobao/router/rest</c>: TOP's taobao.trades.sold.increment.get for Taobao and Tmall shops (one
/// simulator, told apart by app_key). Errors use TOP's codes: 21/22 missing/invalid method, 24/25 missing/invalid
/// signature, 26/27 missing/invalid session, 28/29 missing/invalid app key, 31 invalid timestamp, 40/41 missing/invalid
/// arguments, 7 rate limited (HTTP 200), 10 service unavailable (HTTP 503).
/// </summary>
internal static class TaobaoSimulator
{
    public const string Method = "taobao.trades.sold.increment.get";

    public static async Task<IResult> HandleAsync(HttpContext http, SimulatorCatalog catalog, SimulatorStore store,
        SimulatorFaults faults, TimeProvider clock, CancellationToken ct)
    {
        var p = await SimulatorHttp.ParametersAsync(http.Request, ct);
        if (p.Get("method") is not { } method) return Error(21, "Missing Method");
        if (method != Method) return Error(22, "Invalid Method", "isv.method-not-exist", $"{method} is not simulated");
        if (p.Get("app_key") is not { } appKey) return Error(28, "Missing App Key");
        if (await catalog.ByAppKeyAsync(Platform.Taobao, appKey, ct) is not { } shop) return Error(29, "Invalid App Key");
        if (p.Get("sign") is not { } sign) return Error(24, "Missing Signature");
        var signMethod = p.Get("sign_method") ?? "md5";
        if (signMethod is not ("md5" or "hmac" or "hmac-sha256")) return Error(25, "Invalid Signature", "isv.invalid-sign-method", signMethod);
        if (!SimulatorHttp.SignatureMatches(Signing.Top(p, shop.Secret.AppSecret, signMethod), sign)) return Error(25, "Invalid Signature");
        if (!SimTime.TryParseChina(p.Get("timestamp"), out var timestamp) || (timestamp - clock.GetUtcNow()).Duration() > TimeSpan.FromMinutes(10))
            return Error(31, "Invalid Timestamp", "isv.invalid-timestamp", "timestamp must be GMT+8 yyyy-MM-dd HH:mm:ss within 10 minutes of the server");
        if (p.Get("session") is not { } session) return Error(26, "Missing Session");
        if (session != shop.Secret.AccessToken) return Error(27, "Invalid Session", "invalid-sessionkey", "SessionKey非法");

        var fault = await SimulatorHttp.FaultAsync(faults,
            seconds => Error(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", $"This ban will last for {seconds} more seconds"),
            () => SimulatorHttp.Json(ErrorBody(10, "Service Currently Unavailable", "isp.top-remote-unknown-error", "服务暂时不可用"), StatusCodes.Status503ServiceUnavailable),
            ct);
        if (fault is not null) return fault;

        if (p.Get("start_modified") is null || p.Get("end_modified") is null)
            return Error(40, "Missing Required Arguments", "isv.missing-parameter:start_modified", "start_modified and end_modified are required");
        if (!SimTime.TryParseChina(p.Get("start_modified"), out var from) || !SimTime.TryParseChina(p.Get("end_modified"), out var to))
            return Error(41, "Invalid Arguments", "isv.invalid-parameter:start_modified", "times must be yyyy-MM-dd HH:mm:ss");
        if (to <= from || to - from > TimeSpan.FromDays(1))
            return Error(41, "Invalid Arguments", "isv.invalid-parameter:end_modified", "end_modified must be after start_modified, at most one day later");
        var pageNo = int.TryParse(p.Get("page_no") ?? "1", CultureInfo.InvariantCulture, out var n) ? n : 0;
        var pageSize = int.TryParse(p.Get("page_size") ?? "40", CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (pageNo < 1 || pageSize is < 1 or > 100)
            return Error(41, "Invalid Arguments", "isv.invalid-parameter:page_size", "page_no from 1, page_size 1-100");

        List<SimOrder> orders;
        await using (var db = await store.OpenAsync(write: false, ct))
            orders = await db.WindowAsync(shop.Code, from, to, byCreated: false, ct);
        var status = p.Get("status");
        if (status is not null) orders = [.. orders.Where(o => Status(o) == status)];
        var (page, hasNext) = SimulatorHttp.Slice(orders, pageNo, pageSize);
        var response = new JsonObject();
        if (p.Get("use_has_next") != "true") response["total_results"] = orders.Count;
        response["has_next"] = hasNext;
        response["trades"] = new JsonObject { ["trade"] = new JsonArray([.. page.Select(Trade)]) };
        return SimulatorHttp.Json(new JsonObject { ["trades_sold_increment_get_response"] = response });
    }

    public static string Status(SimOrder order) => order.State switch
    {
        SimState.WaitPay => "WAIT_BUYER_PAY",
        SimState.Paid => "WAIT_SELLER_SEND_GOODS",
        SimState.Shipped => "WAIT_BUYER_CONFIRM_GOODS",
        SimState.Finished => "TRADE_FINISHED",
        _ => order.EverPaid ? "TRADE_CLOSED" : "TRADE_CLOSED_BY_TAOBAO",
    };

    private static string RefundStatus(SimRefund refund) => refund switch
    {
        SimRefund.Requested => "WAIT_SELLER_AGREE",
        SimRefund.Refused => "SELLER_REFUSE_BUYER",
        SimRefund.Refunded => "SUCCESS",
        _ => "NO_REFUND",
    };

    private static JsonNode Trade(SimOrder order)
    {
        var r = order.Receiver;
        var tid = long.Parse(order.OrderId, CultureInfo.InvariantCulture);
        var payments = SimulatorHttp.LinePayments(order);
        return SimulatorHttp.WithoutNulls(new JsonObject
        {
            ["tid"] = tid,
            ["tid_str"] = order.OrderId,
            ["status"] = Status(order),
            ["type"] = "fixed",
            ["created"] = SimTime.ChinaText(order.Created),
            ["modified"] = SimTime.ChinaText(order.Modified),
            ["pay_time"] = SimTime.ChinaText(order.PaidAt),
            ["consign_time"] = SimTime.ChinaText(order.ShippedAt),
            ["end_time"] = SimTime.ChinaText(order.EndedAt),
            ["total_fee"] = SimTime.Yuan(order.GoodsFen),
            ["discount_fee"] = SimTime.Yuan(order.DiscountFen),
            ["post_fee"] = SimTime.Yuan(order.ShippingFen),
            ["payment"] = SimTime.Yuan(order.PaymentFen),
            ["buyer_message"] = order.BuyerMessage,
            ["seller_memo"] = order.SellerMemo,
            ["seller_flag"] = order.SellerMemo.Length > 0 ? 1 : 0,
            ["buyer_open_uid"] = order.BuyerId,
            ["receiver_name"] = r.Name,
            ["receiver_state"] = r.Province,
            ["receiver_city"] = r.EmptyCity ? "" : r.City,
            ["receiver_district"] = r.District,
            ["receiver_town"] = "",
            ["receiver_address"] = r.Detail,
            ["receiver_zip"] = r.Zip,
            ["receiver_mobile"] = r.ShownMobile,
            ["receiver_phone"] = "",
            ["orders"] = new JsonObject
            {
                ["order"] = new JsonArray([.. order.Lines.Select((l, i) => (JsonNode)new JsonObject
                {
                    ["oid"] = tid * 10 + l.LineId,
                    ["oid_str"] = (tid * 10 + l.LineId).ToString(CultureInfo.InvariantCulture),
                    ["outer_sku_id"] = l.SkuCode,
                    ["outer_iid"] = l.SkuCode.Split('-')[0],
                    ["title"] = l.Title,
                    ["sku_properties_name"] = string.Join(";",
                        new[] { l.Color.Length > 0 ? "颜色分类:" + l.Color : "", l.Size.Length > 0 ? "尺码:" + l.Size : "" }.Where(t => t.Length > 0)),
                    ["num"] = l.Quantity,
                    ["price"] = SimTime.Yuan(l.PriceFen),
                    ["total_fee"] = SimTime.Yuan(l.TotalFen),
                    ["payment"] = SimTime.Yuan(payments[i]),
                    ["refund_status"] = RefundStatus(order.Refund),
                    ["status"] = Status(order),
                    ["is_free_gift"] = l.Gift,
                })]),
            },
        });
    }

    private static IResult Error(int code, string msg, string? subCode = null, string? subMsg = null) =>
        SimulatorHttp.Json(ErrorBody(code, msg, subCode, subMsg));

    private static JsonObject ErrorBody(int code, string msg, string? subCode, string? subMsg)
    {
        var error = new JsonObject { ["code"] = code, ["msg"] = msg };
        if (subCode is not null) error["sub_code"] = subCode;
        if (subMsg is not null) error["sub_msg"] = subMsg;
        error["request_id"] = Guid.NewGuid().ToString("N")[..13];
        return new JsonObject { ["error_response"] = error };
    }
}
