using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>Shopify-style web shop orders with 2–3 lines of known SKUs, as the webhook would store them.</summary>
public static class WebShopPayloads
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    public static string Order(long id, Random random, IReadOnlyList<string> skus)
    {
        var created = Now.AddMinutes(-random.Next(1, 600));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("name", "#" + id.ToString(CultureInfo.InvariantCulture));
            json.WriteString("created_at", created.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("updated_at", created.AddSeconds(30).ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("financial_status", random.Next(10) == 0 ? "pending" : "paid");
            json.WriteNull("fulfillment_status");
            json.WriteNull("cancelled_at");
            json.WriteStartObject("customer");
            json.WriteNumber("id", 500_000 + random.Next(20_000));
            json.WriteString("first_name", "芳");
            json.WriteString("last_name", "王");
            json.WriteEndObject();
            json.WriteStartObject("shipping_address");
            json.WriteString("name", "王芳");
            json.WriteString("phone", "138" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
            json.WriteString("province", "浙江省");
            json.WriteString("city", "杭州市");
            json.WriteString("address1", $"西湖区文三路 {random.Next(1, 999)} 号");
            json.WriteString("zip", "310012");
            json.WriteEndObject();
            json.WriteStartArray("line_items");
            long goods = 0;
            var lines = random.Next(2, 4);
            for (var l = 0; l < lines; l++)
            {
                var quantity = random.Next(1, 3);
                var price = random.Next(19, 400) * 100L;
                goods += price * quantity;
                json.WriteStartObject();
                json.WriteNumber("id", id * 10 + l);
                json.WriteString("sku", skus[random.Next(skus.Count)]);
                json.WriteString("title", "商品");
                json.WriteString("variant_title", "红 / M");
                json.WriteNumber("quantity", quantity);
                json.WriteString("price", Yuan(price));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("subtotal_price", Yuan(goods));
            json.WriteString("total_discounts", "0.00");
            json.WriteStartArray("shipping_lines");
            json.WriteStartObject();
            json.WriteString("price", "8.00");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("total_price", Yuan(goods + 800));
            json.WriteString("note", "");
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
