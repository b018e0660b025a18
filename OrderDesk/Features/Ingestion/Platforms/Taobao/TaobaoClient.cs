using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms.Taobao;

/// <summary>
/// Taobao/Tmall TOP: taobao.trades.sold.increment.get over the form-encoded router, md5-signed. Windows stay at
/// 30 min although TOP allows a day: TOP's own advice, and a short window keeps backwards paging cheap.
/// </summary>
public sealed class TaobaoClient(PlatformGateway gateway, TimeProvider clock) : IPlatformClient
{
    public const string Method = "taobao.trades.sold.increment.get";

    /// <summary>Everything <see cref="TaobaoOrderMapper"/> reads; "orders" brings the lines with all their fields.</summary>
    public const string Fields =
        "tid,tid_str,status,created,modified,pay_time,payment,post_fee,total_fee,discount_fee,buyer_nick,buyer_open_uid," +
        "buyer_message,seller_memo,seller_flag,receiver_name,receiver_state,receiver_city,receiver_district," +
        "receiver_town,receiver_address,receiver_zip,receiver_mobile,receiver_phone,orders";

    public Platform Platform => Platform.Taobao;

    public PullPolicy Policy { get; } = new(
        MaxWindow: TimeSpan.FromMinutes(30), Overlap: TimeSpan.FromMinutes(2), SafetyLag: TimeSpan.FromMinutes(1),
        PageSize: 50, RequestsPerSecond: 10);

    public Task<PullPage> PullPageAsync(ShopConnection shop, PullWindow window, int page, bool includeTotal, CancellationToken ct)
    {
        var form = RouterForm.TopStyle(Method, "session", shop, clock.GetUtcNow());
        form["format"] = "json";
        form["fields"] = Fields;
        form["start_modified"] = ChinaTime.Format(window.From);
        form["end_modified"] = ChinaTime.Format(window.To);
        form["page_no"] = RouterForm.Number(page);
        form["page_size"] = RouterForm.Number(Policy.PageSize);
        // With use_has_next TOP skips counting and answers has_next only; without it total_results comes back.
        if (!includeTotal) form["use_has_next"] = "true";
        form.SignedWith(shop.Secret.AppSecret);

        return gateway.PostFormAsync(new Uri(shop.BaseUrl, "router/rest"), form, reply => ReadPage(reply, window, page), ct);
    }

    private PullPage ReadPage(PlatformReply reply, PullWindow window, int page)
    {
        TopErrors.ThrowIfError(reply.Root);
        var body = reply.Root.GetProperty("trades_sold_increment_get_response");
        var orders = body.Child("trades").Child("trade").Items()
            .Select(trade => PullPages.Pulled(trade, TaobaoOrderMapper.IdOf(trade), trade.OptionalChinaTime("modified"), window))
            .ToList();
        return PullPages.Of(orders, body, "total_results", page, Policy.PageSize);
    }
}
