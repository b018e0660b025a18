using System.Text.Json.Nodes;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Platforms.Pinduoduo;

namespace OrderDesk.Tests.Unit.Ingestion.Platforms;

public sealed class PinduoduoOrderMapperTests
{
    private const string Paid = "pdd-order-paid.json";
    private readonly PinduoduoOrderMapper _mapper = new();

    [Fact]
    public void Map_PaidOrder_CanonicalOrderKeepingCiphertextAndMasks()
    {
        var order = _mapper.Map("pdd-1", PlatformFixtures.Read(Paid));

        Assert.Equal(new OrderKey(Platform.Pinduoduo, "pdd-1", "261124-123456789012345"), order.Key);
        Assert.Equal((OrderStatus.Paid, ShippingHold.None), (order.Status, order.Hold));
        Assert.Equal(new Receiver("王**", "$139$Ab12Cd==$1$", "广东省", "深圳市", "南山区", "科技园******", ""), order.Receiver);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 41, 5, TimeSpan.FromHours(8)), order.PaidAt);
        Assert.Equal("", order.BuyerId);
    }

    [Fact]
    public void Map_FloatAmounts_ExactFen()
    {
        var order = _mapper.Map("pdd-1", PlatformFixtures.Read(Paid));

        Assert.Equal(new OrderAmounts(new Money(2970), Money.Zero, new Money(30), new Money(2940)), order.Amounts);
        Assert.Equal(990, order.Lines[0].UnitPrice.Fen);
    }

    [Theory]
    [InlineData("19.9", 1990)]
    [InlineData("0.1", 10)]
    [InlineData("0.3", 30)]
    [InlineData("1.15", 115)]
    [InlineData("128", 12800)]
    [InlineData("4.35", 435)] // 4.35 * 100 is 434.99999999999994 in double
    public void Map_PayAmountJsonNumber_ExactFen(string literal, long fen)
    {
        var order = _mapper.Map("pdd-1", PlatformFixtures.Edit(Paid, o => o["pay_amount"] = JsonNode.Parse(literal)));
        Assert.Equal(fen, order.Amounts.Paid.Fen);
    }

    [Fact]
    public void Map_AmountBeyondFen_MappingException() =>
        Assert.Throws<MappingException>(() =>
            _mapper.Map("pdd-1", PlatformFixtures.Edit(Paid, o => o["pay_amount"] = JsonNode.Parse("19.999"))));

    [Fact]
    public void Map_GiftListAndSpec_GiftLineAndVariantText()
    {
        var lines = _mapper.Map("pdd-1", PlatformFixtures.Read(Paid)).Lines;

        Assert.Equal(new CanonicalLine("CABLE-1M", "Type-C 数据线", "白色 / 1米", 3, new Money(990), false), lines[0]);
        Assert.Equal(new CanonicalLine("GIFT-TIE", "理线扣", "黑色", 1, Money.Zero, true), lines[1]);
    }

    [Fact]
    public void Map_CountyLevelCityUnderReview_TownAsCityAndReviewHold()
    {
        var order = _mapper.Map("pdd-1", PlatformFixtures.Read("pdd-order-county-city.json"));

        Assert.Equal(("湖北省", "仙桃市", ""), (order.Receiver.Province, order.Receiver.City, order.Receiver.District));
        Assert.Equal(ShippingHold.UnderPlatformReview, order.Hold);
        Assert.Equal("TOWEL", order.Lines[0].SkuCode); // outer_id empty: the goods' outer id
        Assert.Equal("蓝色 / 大号", order.Lines[0].VariantText);
        Assert.Equal(1990, order.Amounts.Paid.Fen);
    }

    [Theory]
    [InlineData(1, 1, 1, 0, 0, true, OrderStatus.Paid, ShippingHold.None)]
    [InlineData(2, 1, 1, 0, 0, true, OrderStatus.Shipped, ShippingHold.None)]
    [InlineData(3, 1, 1, 0, 0, true, OrderStatus.Delivered, ShippingHold.None)]
    [InlineData(1, 0, 1, 0, 0, false, OrderStatus.PendingPayment, ShippingHold.None)]
    [InlineData(1, 2, 1, 0, 0, false, OrderStatus.Cancelled, ShippingHold.None)]
    [InlineData(1, 1, 4, 10, 0, true, OrderStatus.Refunded, ShippingHold.None)]
    [InlineData(1, 1, 2, 2, 0, true, OrderStatus.Paid, ShippingHold.RefundRequested)]
    [InlineData(1, 1, 3, 4, 0, true, OrderStatus.Paid, ShippingHold.RefundRequested)]
    [InlineData(1, 1, 1, 6, 0, true, OrderStatus.Paid, ShippingHold.None)]
    [InlineData(1, 1, 1, 0, 1, true, OrderStatus.Paid, ShippingHold.UnderPlatformReview)]
    [InlineData(1, 1, 3, 2, 1, true, OrderStatus.Paid, ShippingHold.UnderPlatformReview)]
    [InlineData(2, 1, 3, 2, 0, true, OrderStatus.Shipped, ShippingHold.None)]
    public void Map_StatusNumbers_CanonicalStatusAndHold(int orderStatus, int confirm, int refund, int afterSales, int risk,
        bool hasPayTime, OrderStatus status, ShippingHold hold)
    {
        var order = _mapper.Map("pdd-1", PlatformFixtures.Edit(Paid, o =>
        {
            o["order_status"] = orderStatus;
            o["confirm_status"] = confirm;
            o["refund_status"] = refund;
            o["after_sales_status"] = afterSales;
            o["risk_control_status"] = risk;
            if (!hasPayTime) o["pay_time"] = "";
        }));
        Assert.Equal((status, hold), (order.Status, order.Hold));
    }

    [Fact]
    public void Map_UnknownOrderStatus_MappingExceptionNamingIt()
    {
        var error = Assert.Throws<MappingException>(() => _mapper.Map("pdd-1", PlatformFixtures.Edit(Paid, o => o["order_status"] = 9)));
        Assert.Contains("'9'", error.Message);
    }

    [Fact]
    public void Validate_RealisticOrders_NoErrors()
    {
        Assert.Empty(_mapper.Validate(PlatformFixtures.Read(Paid)));
        Assert.Empty(_mapper.Validate(PlatformFixtures.Read("pdd-order-county-city.json")));
    }

    [Fact]
    public void Validate_MissingOrderSnAndCountAsText_ReadableErrors()
    {
        var errors = _mapper.Validate(PlatformFixtures.Edit(Paid, o =>
        {
            o.Remove("order_sn");
            o["item_list"]![0]!["goods_count"] = "x";
            o["pay_amount"] = "29.4";
        }));

        Assert.Contains(new PayloadError("/order_sn", "required"), errors);
        Assert.Contains(errors, e => e.Path == "/item_list/0/goods_count" && e.Message.Contains("integer"));
        Assert.Contains(errors, e => e.Path == "/pay_amount" && e.Message.Contains("number"));
    }

    [Fact]
    public void TryReadOrderId_OrderSn() =>
        Assert.Equal("261124-123456789012345", _mapper.TryReadOrderId(PlatformFixtures.Read(Paid)));
}
