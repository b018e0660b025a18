using System.Text.Json.Nodes;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Platforms.Taobao;

namespace OrderDesk.Tests.Unit.Ingestion.Platforms;

public sealed class TaobaoOrderMapperTests
{
    private const string Paid = "taobao-trade-paid.json";
    private readonly TaobaoOrderMapper _mapper = new();

    [Fact]
    public void Map_PaidTrade_CanonicalOrderWithMaskedReceiverAndChinaTimes()
    {
        var order = _mapper.Map("tb-flagship", PlatformFixtures.Read(Paid));

        Assert.Equal(new OrderKey(Platform.Taobao, "tb-flagship", "3987654321012345678"), order.Key);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(ShippingHold.None, order.Hold);
        Assert.Equal(new Receiver("张*", "138****5678", "浙江省", "杭州市", "西湖区", "文二西路***号", "310012"), order.Receiver);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 58, 12, TimeSpan.FromHours(8)), order.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 1, 59, 2, TimeSpan.Zero), order.PaidAt);
        Assert.Equal(TimeSpan.FromHours(8), order.ModifiedAt.Offset);
        Assert.Equal(("AAHk3Zq-ABcdEfGhIjKlMnOp", "t**3"), (order.BuyerId, order.BuyerName));
        Assert.Equal(("请用顺丰", "VIP"), (order.BuyerMessage, order.SellerMemo));
    }

    [Fact]
    public void Map_PaidTrade_LinesWithVariantsSkuFallbackAndGift()
    {
        var lines = _mapper.Map("tb", PlatformFixtures.Read(Paid)).Lines;

        Assert.Equal(new CanonicalLine("TEE-RED-M", "纯棉短袖T恤", "红色 / M", 2, new Money(12800), false), lines[0]);
        Assert.Equal("SOCKS-3P", lines[1].SkuCode); // outer_sku_id empty: the item's outer_iid
        Assert.Equal(new CanonicalLine("GIFT-BAG", "【赠品】帆布袋", "米白", 1, Money.Zero, true), lines[2]);
    }

    [Fact]
    public void Map_PaidTrade_AmountsAddUp()
    {
        var amounts = _mapper.Map("tb", PlatformFixtures.Read(Paid)).Amounts;

        // goods 2×128 + 20 = 276, post 10, paid 266 → discount 20
        Assert.Equal(new OrderAmounts(new Money(27600), new Money(1000), new Money(2000), new Money(26600)), amounts);
    }

    [Fact]
    public void Map_CountyLevelCityWithOpenRefund_DistrictAsCityAndRefundHold()
    {
        var order = _mapper.Map("tb", PlatformFixtures.Read("taobao-trade-county-city.json"));

        Assert.Equal(("河南省", "济源市", "沁园街道"), (order.Receiver.Province, order.Receiver.City, order.Receiver.District));
        Assert.Equal("0391-****123", order.Receiver.Phone); // no mobile: the landline, still masked
        Assert.Equal(ShippingHold.RefundRequested, order.Hold);
        Assert.Equal(1990, order.Amounts.Paid.Fen);
    }

    [Theory]
    [InlineData("WAIT_BUYER_PAY", OrderStatus.PendingPayment, ShippingHold.None)]
    [InlineData("TRADE_NO_CREATE_PAY", OrderStatus.PendingPayment, ShippingHold.None)]
    [InlineData("PAY_PENDING", OrderStatus.PendingPayment, ShippingHold.None)]
    [InlineData("WAIT_SELLER_SEND_GOODS", OrderStatus.Paid, ShippingHold.None)]
    [InlineData("PAID_FORBID_CONSIGN", OrderStatus.Paid, ShippingHold.PlatformForbidsShipping)]
    [InlineData("SELLER_CONSIGNED_PART", OrderStatus.Shipped, ShippingHold.None)]
    [InlineData("WAIT_BUYER_CONFIRM_GOODS", OrderStatus.Shipped, ShippingHold.None)]
    [InlineData("TRADE_BUYER_SIGNED", OrderStatus.Delivered, ShippingHold.None)]
    [InlineData("TRADE_FINISHED", OrderStatus.Completed, ShippingHold.None)]
    [InlineData("TRADE_CLOSED", OrderStatus.Refunded, ShippingHold.None)]
    [InlineData("TRADE_CLOSED_BY_TAOBAO", OrderStatus.Cancelled, ShippingHold.None)]
    public void Map_EachStatusWord_CanonicalStatusAndHold(string word, OrderStatus status, ShippingHold hold)
    {
        var order = _mapper.Map("tb", PlatformFixtures.Edit(Paid, t => t["status"] = word));
        Assert.Equal((status, hold), (order.Status, order.Hold));
    }

    [Fact]
    public void Map_ClosedBeforePayment_Cancelled()
    {
        var order = _mapper.Map("tb", PlatformFixtures.Edit(Paid, t =>
        {
            t["status"] = "TRADE_CLOSED";
            t.Remove("pay_time");
        }));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Theory]
    [InlineData("WAIT_SELLER_AGREE", ShippingHold.RefundRequested)]
    [InlineData("WAIT_BUYER_RETURN_GOODS", ShippingHold.RefundRequested)]
    [InlineData("WAIT_SELLER_CONFIRM_GOODS", ShippingHold.RefundRequested)]
    [InlineData("SELLER_REFUSE_BUYER", ShippingHold.None)]
    [InlineData("CLOSED", ShippingHold.None)]
    [InlineData("NO_REFUND", ShippingHold.None)]
    public void Map_LineRefundStatus_HoldOnlyWhileRequestOpen(string refundStatus, ShippingHold hold)
    {
        var order = _mapper.Map("tb", PlatformFixtures.Edit(Paid, t => t["orders"]!["order"]![1]!["refund_status"] = refundStatus));
        Assert.Equal(hold, order.Hold);
    }

    [Fact]
    public void Map_UnknownStatusWord_MappingExceptionNamingIt()
    {
        var error = Assert.Throws<MappingException>(() =>
            _mapper.Map("tb", PlatformFixtures.Edit(Paid, t => t["status"] = "TRADE_TELEPORTED")));
        Assert.Contains("TRADE_TELEPORTED", error.Message);
    }

    [Fact]
    public void Validate_RealisticTrade_NoErrors() => Assert.Empty(_mapper.Validate(PlatformFixtures.Read(Paid)));

    [Fact]
    public void Validate_MissingTid_ReadableError()
    {
        var errors = _mapper.Validate(PlatformFixtures.Edit(Paid, t => t.Remove("tid")));
        Assert.Equal([new PayloadError("/tid", "required")], errors);
    }

    [Fact]
    public void Validate_NumNotANumberAndLineFieldMissing_PointsAtTheLine()
    {
        var errors = _mapper.Validate(PlatformFixtures.Edit(Paid, t =>
        {
            t["orders"]!["order"]![0]!["num"] = "x";
            t["orders"]!["order"]![2]!.AsObject().Remove("price");
        }));

        var num = Assert.Single(errors, e => e.Path == "/orders/order/0/num");
        Assert.Contains("integer", num.Message);
        Assert.Contains("\"x\"", num.Message);
        Assert.Contains(new PayloadError("/orders/order/2/price", "required"), errors);
    }

    [Fact]
    public void Validate_AmountWithThreeDecimals_SaysWhatWasExpected() =>
        Assert.Contains(new PayloadError("/payment", "\"266.001\" is not a yuan amount with at most two decimals, such as \"128.00\""),
            _mapper.Validate(PlatformFixtures.Edit(Paid, t => t["payment"] = "266.001")));

    [Fact]
    public void Validate_TradeIsAnArray_RootError() =>
        Assert.Equal([new PayloadError("/", "must be object, not array [1]")], _mapper.Validate("[1]"));

    [Fact]
    public void Validate_NotJson_OneError() =>
        Assert.Single(_mapper.Validate("{\"tid\": 1,"));

    [Fact]
    public void TryReadOrderId_PrefersTidStrAndToleratesGarbage()
    {
        Assert.Equal("3987654321012345678", _mapper.TryReadOrderId(PlatformFixtures.Read(Paid)));
        Assert.Equal("42", _mapper.TryReadOrderId("""{"tid":42}"""));
        Assert.Null(_mapper.TryReadOrderId("not json"));
        Assert.Null(_mapper.TryReadOrderId("{}"));
    }

    [Fact]
    public void Map_SchemaValidButBadDate_MappingException() =>
        Assert.Throws<MappingException>(() => _mapper.Map("tb", PlatformFixtures.Edit(Paid, t => t["created"] = JsonValue.Create("2026-13-45 10:00:00"))));
}
