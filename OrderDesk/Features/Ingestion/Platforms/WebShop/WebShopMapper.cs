using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms.WebShop;

/// <summary>
/// The own web shop's Shopify-style order JSON (webhook body or REST order): checked against the embedded
/// draft 2020-12 schema, then mapped field by field. The schema decides what is malformed; the mapper only
/// refuses what the schema cannot express (a date that does not parse, an amount with fractions of fen).
/// </summary>
public sealed class WebShopMapper : IOrderMapper
{
    private static readonly JsonSchema s_schema = LoadSchema();
    // Formats are annotations only in 2020-12 unless asserted: a created_at of "yesterday" must fail here.
    // The flag format stops at the first failure and collects nothing: the common, valid case stays cheap;
    // only an invalid payload is evaluated again for the full list of errors.
    private static readonly EvaluationOptions s_check = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions s_explain = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public Platform Platform => Platform.WebShop;

    public IReadOnlyList<PayloadError> Validate(string payload)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(payload);
        }
        catch (JsonException e)
        {
            return [new PayloadError("", $"Not JSON: {e.Message}")];
        }
        if (s_schema.Evaluate(node, s_check).IsValid) return [];
        var results = s_schema.Evaluate(node, s_explain);
        var errors = new List<PayloadError>();
        foreach (var unit in results.Details.Prepend(results))
        {
            if (unit.Errors is null) continue;
            foreach (var (keyword, message) in unit.Errors)
                errors.Add(new PayloadError(Pointer(unit.InstanceLocation.ToString()), $"{message} ({keyword})"));
        }
        return errors.Count > 0 ? errors : [new PayloadError("", "The payload does not match the web shop order schema.")];
    }

    public CanonicalOrder Map(string shopCode, string payload)
    {
        using var document = JsonDocument.Parse(payload);
        var order = document.RootElement;
        var id = order.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var created = Time(order, "created_at")!.Value;
        var modified = Time(order, "updated_at")!.Value;
        var status = StatusOf(order);

        var lines = new List<CanonicalLine>();
        var index = 0;
        foreach (var item in order.GetProperty("line_items").EnumerateArray())
        {
            var price = Yuan(item, "price", $"/line_items/{index}/price");
            var gift = price.Fen == 0 || HasGiftTag(item);
            lines.Add(new CanonicalLine(item.GetProperty("sku").GetString()!.Trim(), Text(item, "title"),
                Text(item, "variant_title"), item.GetProperty("quantity").GetInt32(), price, gift));
            index++;
        }

        var goods = lines.Where(l => !l.IsGift).Aggregate(Money.Zero, (sum, l) => sum + l.UnitPrice * l.Quantity);
        var amounts = new OrderAmounts(goods, Shipping(order), OptionalYuan(order, "total_discounts"), Yuan(order, "total_price", "/total_price"));

        var customer = Object(order, "customer");
        var buyerId = customer is { } c && c.TryGetProperty("id", out var cid) && cid.ValueKind == JsonValueKind.Number
            ? cid.GetInt64().ToString(CultureInfo.InvariantCulture) : "";
        // Chinese names: family name first, no space.
        var buyerName = customer is { } cn ? Text(cn, "last_name") + Text(cn, "first_name") : "";

        var address = Object(order, "shipping_address");
        var receiver = address is { } a
            ? new Receiver(Text(a, "name"), Text(a, "phone"), Text(a, "province"), Text(a, "city"), "",
                (Text(a, "address1") + " " + Text(a, "address2")).Trim(), Text(a, "zip"))
            : new Receiver(buyerName, "", "", "", "", "", "");

        DateTimeOffset? paidAt = status is OrderStatus.PendingPayment or OrderStatus.Cancelled && Text(order, "financial_status") is not "paid"
            ? null
            : Time(order, "processed_at") ?? created;

        return new CanonicalOrder(OrderKey.Of(Platform.WebShop, shopCode, id), status, ShippingHold.None, receiver, lines,
            amounts, created, paidAt, modified, buyerId, buyerName, Text(order, "note"), "");
    }

    public string? TryReadOrderId(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("id", out var id)
                   && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value)
                ? value.ToString(CultureInfo.InvariantCulture)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Cancellation wins over money, refunds over shipping: the platform's latest word on the order.</summary>
    public static OrderStatus StatusOf(JsonElement order)
    {
        if (Time(order, "cancelled_at") is not null) return OrderStatus.Cancelled;
        var financial = Text(order, "financial_status");
        var fulfillment = Text(order, "fulfillment_status");
        return financial switch
        {
            "refunded" => OrderStatus.Refunded,
            "voided" => OrderStatus.Cancelled,
            _ when fulfillment == "fulfilled" => OrderStatus.Shipped,
            _ when fulfillment == "partial" => OrderStatus.InFulfillment,
            "paid" or "partially_refunded" => OrderStatus.Paid,
            "pending" => OrderStatus.PendingPayment,
            _ => throw new MappingException($"/financial_status: unknown status '{financial}'."),
        };
    }

    private static Money Shipping(JsonElement order)
    {
        if (order.TryGetProperty("shipping_lines", out var lines) && lines.ValueKind == JsonValueKind.Array && lines.GetArrayLength() > 0)
        {
            var sum = Money.Zero;
            var i = 0;
            foreach (var line in lines.EnumerateArray()) sum += Yuan(line, "price", $"/shipping_lines/{i++}/price");
            return sum;
        }
        return Object(order, "total_shipping_price_set") is { } set && Object(set, "shop_money") is { } money
            ? Yuan(money, "amount", "/total_shipping_price_set/shop_money/amount")
            : Money.Zero;
    }

    private static bool HasGiftTag(JsonElement item) =>
        item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
        && tags.EnumerateArray().Any(t => string.Equals(t.GetString(), "gift", StringComparison.OrdinalIgnoreCase));

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    private static DateTimeOffset? Time(JsonElement parent, string name)
    {
        var text = Text(parent, name);
        if (text.Length == 0) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToUniversalTime()
            : throw new MappingException($"/{name}: '{text}' is not an ISO 8601 time.");
    }

    private static Money OptionalYuan(JsonElement parent, string name) =>
        Text(parent, name).Length == 0 ? Money.Zero : Yuan(parent, name, "/" + name);

    private static Money Yuan(JsonElement parent, string name, string path)
    {
        try
        {
            return Money.ParseYuan(Text(parent, name));
        }
        catch (DomainRuleException e)
        {
            throw new MappingException($"{path}: {e.Message}");
        }
    }

    private static string Pointer(string location) => location.Length == 0 ? "/" : location;

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(WebShopMapper).Assembly.GetManifestResourceStream("OrderDesk.webshop-order.schema.json")
            ?? throw new InvalidOperationException("The web shop order schema is not embedded.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
