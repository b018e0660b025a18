using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms.Pinduoduo;

/// <summary>
/// Pinduoduo: pdd.order.number.list.increment.get over the form-encoded router. The 3-minute safety lag is PDD's
/// rule (the window end must be at least 3 min behind its clock), the 30-minute window its maximum.
/// </summary>
public sealed class PinduoduoClient(PlatformGateway gateway, TimeProvider clock) : IPlatformClient
{
    public const string Type = "pdd.order.number.list.increment.get";
    private const string AllOrderStatuses = "5";
    private const string AllRefundStatuses = "5";
    private const string LuckyAndOrdinary = "0";

    public Platform Platform => Platform.Pinduoduo;

    public PullPolicy Policy { get; } = new(
        MaxWindow: TimeSpan.FromMinutes(30), Overlap: TimeSpan.FromMinutes(2), SafetyLag: TimeSpan.FromMinutes(3),
        PageSize: 100, RequestsPerSecond: 5);

    public Task<PullPage> PullPageAsync(ShopConnection shop, PullWindow window, int page, bool includeTotal, CancellationToken ct)
    {
        var form = new Dictionary<string, string>
        {
            ["type"] = Type,
            ["client_id"] = shop.Secret.AppKey,
            ["access_token"] = shop.Secret.AccessToken,
            ["timestamp"] = ChinaTime.UnixSeconds(clock.GetUtcNow()),
            ["data_type"] = "JSON",
            ["version"] = "V1",
            ["start_updated_at"] = ChinaTime.UnixSeconds(window.From),
            ["end_updated_at"] = ChinaTime.UnixSeconds(window.To),
            ["page"] = RouterForm.Number(page),
            ["page_size"] = RouterForm.Number(Policy.PageSize),
            ["is_lucky_flag"] = LuckyAndOrdinary,
            ["order_status"] = AllOrderStatuses,
            ["refund_status"] = AllRefundStatuses,
            // false makes PDD count the matches (total_count) so the caller can start from the last page.
            ["use_has_next"] = includeTotal ? "false" : "true",
        };
        form.SignedWith(shop.Secret.AppSecret);

        return gateway.PostFormAsync(new Uri(shop.BaseUrl, "api/router"), form, reply => ReadPage(reply, window, page), ct);
    }

    private PullPage ReadPage(PlatformReply reply, PullWindow window, int page)
    {
        PddErrors.ThrowIfError(reply.Root);
        var body = reply.Root.GetProperty("order_sn_increment_get_response");
        var orders = body.Child("order_sn_list").Items()
            .Select(order => PullPages.Pulled(order, order.Text("order_sn"), order.OptionalChinaTime("updated_at"), window))
            .ToList();
        return PullPages.Of(orders, body, "total_count", page, Policy.PageSize);
    }
}
