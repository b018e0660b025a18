using System.Text.Json;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms.Pinduoduo;

/// <summary>
/// One entry of PDD's order_sn_list → canonical order. Amounts are yuan as JSON numbers (19.9) and are read as
/// decimals, never doubles, so fen come out exact.
/// </summary>
public sealed class PinduoduoOrderMapper() : JsonOrderMapper(Platform.Pinduoduo, SchemaResource)
{
    public const string SchemaResource = "OrderDesk.Platforms.pinduoduo-order.schema.json";

    protected override string OrderIdOf(JsonElement order) => order.Text("order_sn");

    protected override CanonicalOrder Map(string shopCode, JsonElement order)
    {
        var (status, hold) = PinduoduoStatus.Of(new PinduoduoStatus.Facts(
            order.Int("order_status"),
            order.OptionalInt("confirm_status") ?? 0,
            order.OptionalInt("refund_status") ?? 1,
            order.OptionalInt("after_sales_status") ?? 0,
            order.OptionalInt("risk_control_status") ?? 0,
            order.Text("pay_time").Length > 0));
        var (city, district) = ReceiverRegion.CityAndDistrict(order.Text("city"), order.Text("town"), "");
        var lines = order.Child("item_list").Items().Select(item => MapLine(item, isGift: false))
            .Concat(order.Child("gift_list").Items().Select(item => MapLine(item, isGift: true)))
            .ToList();

        return new CanonicalOrder(
            OrderKey.Of(Platform.Pinduoduo, shopCode, order.Text("order_sn")),
            status,
            hold,
            new Receiver(
                order.Text("receiver_name"),
                order.Text("receiver_phone"),
                order.Text("province"),
                city,
                district,
                // "address" is the plain detail; receiver_address carries ciphertext while the order waits to ship.
                order.FirstText("address", "receiver_address"),
                ""),
            lines,
            new OrderAmounts(order.YuanNumber("goods_amount"), order.YuanNumber("postage"),
                order.YuanNumber("discount_amount"), order.YuanNumber("pay_amount")),
            order.ChinaTime("created_time"),
            order.OptionalChinaTime("pay_time"),
            order.ChinaTime("updated_at"),
            // PDD gives sellers no buyer id at all; an empty id lets the worker fall back to matching by receiver.
            "",
            "",
            order.Text("buyer_memo"),
            order.Text("remark"));
    }

    private static CanonicalLine MapLine(JsonElement item, bool isGift) => new(
        item.FirstText("outer_id", "outer_goods_id", "sku_id", "goods_id"),
        item.Text("goods_name"),
        VariantText.FromGoodsSpec(item.Text("goods_spec")),
        item.Int("goods_count"),
        item.YuanNumber("goods_price"),
        isGift);
}
