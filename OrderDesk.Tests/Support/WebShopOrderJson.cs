using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderDesk.Tests.Support;

/// <summary>Builds a Shopify-style web shop order body, valid unless a test breaks it on purpose.</summary>
public sealed record WebShopOrderJson(long Id, DateTimeOffset UpdatedAt)
{
    private static long s_nextId = 7_000_000_000 + Random.Shared.Next(1_000_000);

    public static long NextId() => Interlocked.Increment(ref s_nextId);

    public DateTimeOffset CreatedAt { get; init; } = TestClock.DefaultStart.AddMinutes(-5);
    public string FinancialStatus { get; init; } = "paid";
    public string? FulfillmentStatus { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public long CustomerId { get; init; } = 900_001;
    public IReadOnlyList<(string Sku, int Quantity, string Price)> Lines { get; init; } = [("TEST-SKU", 1, "59.00")];
    public string Note { get; init; } = "";

    public JsonObject ToJson()
    {
        var items = new JsonArray();
        var index = 0;
        foreach (var (sku, quantity, price) in Lines)
        {
            items.Add(new JsonObject
            {
                ["id"] = Id * 10 + index++,
                ["sku"] = sku,
                ["title"] = $"Item {sku}",
                ["variant_title"] = "Red / M",
                ["quantity"] = quantity,
                ["price"] = price,
            });
        }
        var goods = Lines.Sum(l => decimal.Parse(l.Price, CultureInfo.InvariantCulture) * l.Quantity);
        return new JsonObject
        {
            ["id"] = Id,
            ["name"] = $"#{Id % 100_000}",
            ["created_at"] = CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["updated_at"] = UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["processed_at"] = CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["cancelled_at"] = CancelledAt?.ToString("O", CultureInfo.InvariantCulture),
            ["financial_status"] = FinancialStatus,
            ["fulfillment_status"] = FulfillmentStatus,
            ["total_price"] = (goods + 8m).ToString("0.00", CultureInfo.InvariantCulture),
            ["subtotal_price"] = goods.ToString("0.00", CultureInfo.InvariantCulture),
            ["total_discounts"] = "0.00",
            ["shipping_lines"] = new JsonArray(new JsonObject { ["price"] = "8.00" }),
            ["customer"] = new JsonObject { ["id"] = CustomerId, ["first_name"] = "芳", ["last_name"] = "王" },
            ["shipping_address"] = new JsonObject
            {
                ["name"] = "王芳", ["phone"] = "13812345678", ["province"] = "浙江省", ["city"] = "杭州市",
                ["address1"] = "西湖区文三路 90 号", ["address2"] = "", ["zip"] = "310012",
            },
            ["line_items"] = items,
            ["note"] = Note,
        };
    }

    public override string ToString() => ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
