using System.Text.Json;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms.Taobao;

/// <summary>
/// A TOP trade (as taobao.trades.sold.increment.get returns it, lists wrapped: orders.order[]) → canonical order.
/// </summary>
public sealed class TaobaoOrderMapper() : JsonOrderMapper(Platform.Taobao, SchemaResource)
{
    public const string SchemaResource = "OrderDesk.Platforms.taobao-trade.schema.json";

    /// <summary>tid_str is the safe form: tid exceeds what JavaScript clients keep exactly, so TOP sends both.</summary>
    public static string IdOf(JsonElement trade) => trade.FirstText("tid_str", "tid");

    protected override string OrderIdOf(JsonElement order) => IdOf(order);

    protected override CanonicalOrder Map(string shopCode, JsonElement trade)
    {
        var lines = trade.Child("orders").Child("order").Items().ToList();
        var (status, hold) = TaobaoStatus.Of(trade.Text("status"), trade.Text("pay_time").Length > 0,
            lines.Select(l => l.Text("refund_status")).ToList());
        var canonicalLines = lines.Select(MapLine).ToList();
        var goods = canonicalLines.Where(l => !l.IsGift).Aggregate(Money.Zero, (sum, l) => sum + l.UnitPrice * l.Quantity);
        var (city, district) = ReceiverRegion.CityAndDistrict(
            trade.Text("receiver_city"), trade.Text("receiver_district"), trade.Text("receiver_town"));

        return new CanonicalOrder(
            OrderKey.Of(Platform.Taobao, shopCode, IdOf(trade)),
            status,
            hold,
            new Receiver(
                trade.Text("receiver_name"),
                trade.FirstText("receiver_mobile", "receiver_phone"),
                trade.Text("receiver_state"),
                city,
                district,
                trade.Text("receiver_address"),
                trade.Text("receiver_zip")),
            canonicalLines,
            AmountsOf(goods, trade.YuanString("post_fee"), trade.YuanString("payment")),
            trade.ChinaTime("created"),
            trade.OptionalChinaTime("pay_time"),
            trade.ChinaTime("modified"),
            trade.Text("buyer_open_uid"),
            trade.Text("buyer_nick"),
            trade.Text("buyer_message"),
            trade.Text("seller_memo"));
    }

    private static CanonicalLine MapLine(JsonElement line)
    {
        var price = line.YuanString("price");
        var paid = line.YuanString("payment");
        // TOP has no gift flag: a line that costs nothing and was paid nothing is the shop's free gift.
        var isGift = price == Money.Zero && paid == Money.Zero;
        return new CanonicalLine(
            // outer ids are the merchant's codes; the platform's sku/item ids keep an unmapped line identifiable.
            line.FirstText("outer_sku_id", "outer_iid", "sku_id", "num_iid"),
            line.Text("title"),
            VariantText.FromSkuProperties(line.Text("sku_properties_name")),
            line.Int("num"),
            price,
            isGift);
    }
}
