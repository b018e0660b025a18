using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>A simulated web shop order as Shopify-style JSON (Admin API 2024-10 order resource, the fields OrderDesk reads).</summary>
public static class WebShopFormat
{
    /// <summary>Platforms send Chinese text as UTF-8, not \u escapes.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Order(SimOrder order)
    {
        var receiver = order.Receiver;
        var refunded = order.Refund == SimRefund.Refunded;
        return new JsonObject
        {
            ["id"] = long.Parse(order.OrderId, CultureInfo.InvariantCulture),
            ["name"] = "#" + (1000 + order.Number).ToString(CultureInfo.InvariantCulture),
            ["created_at"] = SimTime.Iso(order.Created),
            ["updated_at"] = SimTime.Iso(order.Modified),
            ["processed_at"] = SimTime.Iso(order.Created),
            ["cancelled_at"] = order.State == SimState.Closed ? SimTime.Iso(order.EndedAt) : null,
            ["cancel_reason"] = order.State == SimState.Closed ? (order.EverPaid ? "customer" : "other") : null,
            ["closed_at"] = order.State is SimState.Finished or SimState.Closed ? SimTime.Iso(order.EndedAt) : null,
            ["financial_status"] = refunded ? "refunded" : order.EverPaid ? "paid" : order.State == SimState.Closed ? "voided" : "pending",
            ["fulfillment_status"] = order.ShippedAt is null ? null : "fulfilled",
            ["currency"] = "CNY",
            ["subtotal_price"] = SimTime.Yuan(order.GoodsFen - order.DiscountFen),
            ["total_discounts"] = SimTime.Yuan(order.DiscountFen),
            ["total_price"] = SimTime.Yuan(order.PaymentFen),
            ["total_shipping_price_set"] = new JsonObject
            {
                ["shop_money"] = new JsonObject { ["amount"] = SimTime.Yuan(order.ShippingFen), ["currency_code"] = "CNY" },
            },
            ["note"] = order.BuyerMessage,
            ["tags"] = order.SellerMemo.Length > 0 ? "改地址" : "",
            ["customer"] = new JsonObject
            {
                ["id"] = long.Parse(order.BuyerId, CultureInfo.InvariantCulture),
                // Shopify splits names Western-style; a Chinese name goes in whole as last_name (surname first),
                // which is how Chinese storefronts fill it, and first_name stays empty.
                ["first_name"] = "",
                ["last_name"] = order.BuyerName,
            },
            ["shipping_address"] = new JsonObject
            {
                ["name"] = receiver.Name,
                ["phone"] = receiver.ShownMobile,
                ["province"] = receiver.Province,
                ["city"] = receiver.City,
                ["address1"] = receiver.Detail,
                ["address2"] = receiver.District,
                ["zip"] = receiver.Zip,
                ["country_code"] = "CN",
            },
            ["line_items"] = new JsonArray([.. order.Lines.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = long.Parse(order.OrderId, CultureInfo.InvariantCulture) * 10 + l.LineId,
                ["sku"] = l.SkuCode,
                ["title"] = l.Title,
                ["variant_title"] = string.Join(" / ", new[] { l.Color, l.Size }.Where(s => s.Length > 0)),
                ["quantity"] = l.Quantity,
                ["price"] = SimTime.Yuan(l.PriceFen),
                ["gift_card"] = false,
                ["properties"] = l.Gift ? new JsonArray(new JsonObject { ["name"] = "_gift", ["value"] = "true" }) : new JsonArray(),
            })]),
            ["shipping_lines"] = new JsonArray(new JsonObject
            {
                ["title"] = "快递",
                ["price"] = SimTime.Yuan(order.ShippingFen),
            }),
            ["fulfillments"] = order.ShippedAt is null ? new JsonArray() : new JsonArray(new JsonObject
            {
                ["tracking_company"] = order.Carrier,
                ["tracking_number"] = order.TrackingNumber,
                ["created_at"] = SimTime.Iso(order.ShippedAt),
            }),
        };
    }
}
