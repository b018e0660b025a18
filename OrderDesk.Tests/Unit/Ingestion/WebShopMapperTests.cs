using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Platforms.WebShop;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Unit.Ingestion;

public sealed class WebShopMapperTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private readonly WebShopMapper _mapper = new();

    [Fact]
    public void Map_PaidOrder_MapsKeyAmountsReceiverLinesAndTimes()
    {
        var json = new WebShopOrderJson(4001, s_at) { Lines = [("TS-RED-M", 2, "59.00"), ("GIFT-BAG", 1, "0.00")], Note = "请尽快发货" };

        Assert.Empty(_mapper.Validate(json.ToString()));
        var order = _mapper.Map("WEB-YJ01", json.ToString());

        Assert.Equal(OrderKey.Of(Platform.WebShop, "WEB-YJ01", "4001"), order.Key);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(s_at, order.ModifiedAt);
        Assert.Equal(json.CreatedAt, order.CreatedAt);
        Assert.Equal(new OrderAmounts(Money.ParseYuan("118.00"), Money.ParseYuan("8.00"), Money.Zero, Money.ParseYuan("126.00")), order.Amounts);
        Assert.Equal(("王芳", "13812345678", "浙江省", "杭州市", "310012"),
            (order.Receiver.Name, order.Receiver.Phone, order.Receiver.Province, order.Receiver.City, order.Receiver.PostalCode));
        Assert.Equal(("900001", "王芳", "请尽快发货"), (order.BuyerId, order.BuyerName, order.BuyerMessage));
        Assert.Equal([false, true], order.Lines.Select(l => l.IsGift));
        Assert.Equal(2, order.Lines[0].Quantity);
    }

    [Theory]
    [InlineData("pending", null, false, OrderStatus.PendingPayment)]
    [InlineData("paid", null, false, OrderStatus.Paid)]
    [InlineData("partially_refunded", null, false, OrderStatus.Paid)]
    [InlineData("paid", "partial", false, OrderStatus.InFulfillment)]
    [InlineData("paid", "fulfilled", false, OrderStatus.Shipped)]
    [InlineData("refunded", "fulfilled", false, OrderStatus.Refunded)]
    [InlineData("voided", null, false, OrderStatus.Cancelled)]
    [InlineData("paid", null, true, OrderStatus.Cancelled)]
    public void Map_StatusWords_MapToCanonicalStatus(string financial, string? fulfillment, bool cancelled, OrderStatus expected)
    {
        var json = new WebShopOrderJson(4002, s_at)
        {
            FinancialStatus = financial, FulfillmentStatus = fulfillment, CancelledAt = cancelled ? s_at : null,
        }.ToString();

        Assert.Empty(_mapper.Validate(json));
        Assert.Equal(expected, _mapper.Map("WEB-YJ01", json).Status);
    }

    [Fact]
    public void Map_GiftTag_MarksLineAsGift()
    {
        var json = new WebShopOrderJson(4003, s_at).ToJson();
        json["line_items"]![0]!["tags"] = new System.Text.Json.Nodes.JsonArray("gift");

        Assert.True(_mapper.Map("WEB-YJ01", json.ToJsonString()).Lines[0].IsGift);
    }

    [Fact]
    public void Map_ShippingFromPriceSet_WhenNoShippingLines()
    {
        var json = new WebShopOrderJson(4004, s_at).ToJson();
        json.Remove("shipping_lines");
        json["total_shipping_price_set"] = System.Text.Json.Nodes.JsonNode.Parse("""{"shop_money":{"amount":"12.00","currency_code":"CNY"}}""");

        Assert.Empty(_mapper.Validate(json.ToJsonString()));
        Assert.Equal(Money.ParseYuan("12.00"), _mapper.Map("WEB-YJ01", json.ToJsonString()).Amounts.Shipping);
    }

    [Fact]
    public void Validate_BrokenFields_ListsEachWithItsJsonPointer()
    {
        var json = new WebShopOrderJson(4005, s_at).ToJson();
        json["id"] = "not-a-number";
        json["created_at"] = "yesterday";
        json["financial_status"] = "authorized";
        json["line_items"]![0]!["quantity"] = 0;
        json["line_items"]![0]!["price"] = "59.999";

        var paths = _mapper.Validate(json.ToJsonString()).Select(e => e.Path).ToHashSet();

        Assert.Superset(new HashSet<string> { "/id", "/created_at", "/financial_status", "/line_items/0/quantity", "/line_items/0/price" }, paths);
    }

    [Fact]
    public void Validate_MissingLines_SaysWhatIsRequired()
    {
        var json = new WebShopOrderJson(4006, s_at).ToJson();
        json.Remove("line_items");

        var error = Assert.Single(_mapper.Validate(json.ToJsonString()));
        Assert.Equal("/", error.Path);
        Assert.Contains("line_items", error.Message);
    }

    [Fact]
    public void Validate_NotJson_OneReadableError() =>
        Assert.StartsWith("Not JSON", Assert.Single(_mapper.Validate("{oops")).Message);

    [Theory]
    [InlineData("""{"id": 123456789012, "name": "#1"}""", "123456789012")]
    [InlineData("""{"id": "abc"}""", null)]
    [InlineData("""[1, 2]""", null)]
    [InlineData("""not json""", null)]
    public void TryReadOrderId_AnyPayload_NeverThrows(string payload, string? expected) =>
        Assert.Equal(expected, _mapper.TryReadOrderId(payload));
}
