using System.Text.Json;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms.Jd;

/// <summary>
/// JD JOS: jingdong.pop.order.search over routerjson; business parameters travel as one JSON string
/// (360buy_param_json) that is signed like any other parameter.
/// </summary>
public sealed class JdClient(PlatformGateway gateway, TimeProvider clock) : IPlatformClient
{
    public const string Method = "jingdong.pop.order.search";

    /// <summary>Every state OrderDesk maps; JD filters by state, so a state left out here would never be pulled.</summary>
    public const string OrderStates =
        "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,TRADE_CANCELED,LOCKED,PAUSE,POP_ORDER_PAUSE";

    /// <summary>JD rejects an empty optional_fields; these are the fields <see cref="JdOrderMapper"/> reads.</summary>
    public const string OptionalFields =
        "orderId,orderState,orderTotalPrice,orderPayment,freightPrice,sellerDiscount,orderStartTime," +
        "paymentConfirmTime,modified,orderRemark,venderRemark,pin,consigneeInfo,itemInfoList";

    /// <summary>JD's dateType 0 = by modification time (1 would be by creation time).</summary>
    public const string DateTypeModified = "0";

    public Platform Platform => Platform.Jd;

    public PullPolicy Policy { get; } = new(
        MaxWindow: TimeSpan.FromHours(1), Overlap: TimeSpan.FromMinutes(2), SafetyLag: TimeSpan.FromMinutes(1),
        PageSize: 50, RequestsPerSecond: 5);

    public Task<PullPage> PullPageAsync(ShopConnection shop, PullWindow window, int page, bool includeTotal, CancellationToken ct)
    {
        var business = new Dictionary<string, string>
        {
            ["start_date"] = ChinaTime.Format(window.From),
            ["end_date"] = ChinaTime.Format(window.To),
            ["order_state"] = OrderStates,
            ["optional_fields"] = OptionalFields,
            ["page"] = RouterForm.Number(page),
            ["page_size"] = RouterForm.Number(Policy.PageSize),
            ["dateType"] = DateTypeModified,
            ["sortType"] = "1",
        };
        var form = RouterForm.TopStyle(Method, "access_token", shop, clock.GetUtcNow());
        form["360buy_param_json"] = JsonSerializer.Serialize(business);
        form.SignedWith(shop.Secret.AppSecret);

        // JD always returns orderTotal, so includeTotal needs nothing extra.
        return gateway.PostFormAsync(new Uri(shop.BaseUrl, "routerjson"), form, reply => ReadPage(reply, window, page), ct);
    }

    private PullPage ReadPage(PlatformReply reply, PullWindow window, int page)
    {
        JdErrors.ThrowIfError(reply.Root);
        var result = reply.Root.GetProperty("jingdong_pop_order_search_responce").GetProperty("searchorderinfo_result");
        JdErrors.ThrowIfApiFailed(result.Child("apiResult"));
        var orders = result.Child("orderInfoList").Items()
            .Select(order => PullPages.Pulled(order, order.Text("orderId"), order.OptionalChinaTime("modified"), window))
            .ToList();
        return PullPages.Of(orders, result, "orderTotal", page, Policy.PageSize);
    }
}
