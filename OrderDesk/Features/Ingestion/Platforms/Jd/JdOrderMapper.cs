using System.Text.Json;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms.Jd;

/// <summary>One entry of jingdong.pop.order.search's orderInfoList → canonical order. JD sends amounts as yuan strings.</summary>
public sealed class JdOrderMapper() : JsonOrderMapper(Platform.Jd, SchemaResource)
{
    public const string SchemaResource = "OrderDesk.Platforms.jd-order.schema.json";

    protected override string OrderIdOf(JsonElement order) => order.Text("orderId");

    protected override CanonicalOrder Map(string shopCode, JsonElement order)
    {
        var (status, hold) = JdStatus.Of(order.Text("orderState"));
        var consignee = order.Child("consigneeInfo");
        var (city, district) = ReceiverRegion.CityAndDistrict(consignee.Text("city"), consignee.Text("county"), consignee.Text("town"));

        return new CanonicalOrder(
            OrderKey.Of(Platform.Jd, shopCode, order.Text("orderId")),
            status,
            hold,
            new Receiver(
                consignee.Text("fullname"),
                consignee.FirstText("mobile", "telephone"),
                consignee.Text("province"),
                city,
                district,
                consignee.Text("fullAddress"),
                ""),
            order.Child("itemInfoList").Items().Select(MapLine).ToList(),
            AmountsOf(order.YuanString("orderTotalPrice"), order.YuanString("freightPrice"), order.YuanString("orderPayment")),
            order.ChinaTime("orderStartTime"),
            order.OptionalChinaTime("paymentConfirmTime"),
            order.ChinaTime("modified"),
            order.Text("pin"),
            order.Text("pin"),
            order.Text("orderRemark"),
            order.Text("venderRemark"));
    }

    private static CanonicalLine MapLine(JsonElement item)
    {
        var price = item.YuanString("jdPrice");
        return new CanonicalLine(
            item.FirstText("outerSkuId", "skuId"),
            item.Text("skuName"),
            "",
            item.Int("itemTotal"),
            price,
            // JD marks no gifts in order search; a zero-priced line is the seller's free gift.
            price == Money.Zero);
    }
}
