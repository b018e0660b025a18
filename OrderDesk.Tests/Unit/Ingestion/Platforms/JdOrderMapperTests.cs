using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Platforms.Jd;

namespace OrderDesk.Tests.Unit.Ingestion.Platforms;

public sealed class JdOrderMapperTests
{
    private const string Paid = "jd-order-paid.json";
    private readonly JdOrderMapper _mapper = new();

    [Fact]
    public void Map_WaitingStockOut_CanonicalOrder()
    {
        var order = _mapper.Map("jd-1", PlatformFixtures.Read(Paid));

        Assert.Equal(new OrderKey(Platform.Jd, "jd-1", "301234567890"), order.Key);
        Assert.Equal((OrderStatus.Paid, ShippingHold.None), (order.Status, order.Hold));
        Assert.Equal(new Receiver("陈**", "186****4321", "北京", "朝阳区", "三环以内", "北京朝阳区三环以内建国路***号", ""), order.Receiver);
        Assert.Equal(new OrderAmounts(new Money(19900), new Money(500), new Money(2000), new Money(18400)), order.Amounts);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 31, 0, TimeSpan.FromHours(8)), order.ModifiedAt);
        Assert.Equal(("jd_4a2b****", "工作日送货"), (order.BuyerId, order.BuyerMessage));
    }

    [Fact]
    public void Map_Lines_OuterSkuFallbackAndZeroPricedGift()
    {
        var lines = _mapper.Map("jd-1", PlatformFixtures.Read(Paid)).Lines;

        Assert.Equal(new CanonicalLine("KB-87-BLK", "机械键盘 87键 黑色", "", 1, new Money(19900), false), lines[0]);
        Assert.Equal(new CanonicalLine("100012349999", "键帽拔取器（赠品）", "", 1, Money.Zero, true), lines[1]);
    }

    [Fact]
    public void Map_CountyLevelCityLockedWithNumericIds_CountyAsCityAndHold()
    {
        var order = _mapper.Map("jd-1", PlatformFixtures.Read("jd-order-county-city.json"));

        Assert.Equal("301234567891", order.Key.PlatformOrderId);
        Assert.Equal(("海南", "儋州市", "那大镇"), (order.Receiver.Province, order.Receiver.City, order.Receiver.District));
        Assert.Equal((OrderStatus.Paid, ShippingHold.PlatformForbidsShipping), (order.Status, order.Hold));
        Assert.Equal(1, order.Lines[0].Quantity);
    }

    [Theory]
    [InlineData("WAIT_SELLER_STOCK_OUT", OrderStatus.Paid, ShippingHold.None)]
    [InlineData("WAIT_GOODS_RECEIVE_CONFIRM", OrderStatus.Shipped, ShippingHold.None)]
    [InlineData("FINISHED_L", OrderStatus.Completed, ShippingHold.None)]
    [InlineData("TRADE_CANCELED", OrderStatus.Cancelled, ShippingHold.None)]
    [InlineData("LOCKED", OrderStatus.Paid, ShippingHold.PlatformForbidsShipping)]
    [InlineData("PAUSE", OrderStatus.Paid, ShippingHold.PlatformForbidsShipping)]
    [InlineData("POP_ORDER_PAUSE", OrderStatus.Paid, ShippingHold.PlatformForbidsShipping)]
    public void Map_EachOrderState_CanonicalStatusAndHold(string state, OrderStatus status, ShippingHold hold)
    {
        var order = _mapper.Map("jd-1", PlatformFixtures.Edit(Paid, o => o["orderState"] = state));
        Assert.Equal((status, hold), (order.Status, order.Hold));
    }

    [Fact]
    public void Map_UnknownOrderState_MappingExceptionNamingIt()
    {
        var error = Assert.Throws<MappingException>(() => _mapper.Map("jd-1", PlatformFixtures.Edit(Paid, o => o["orderState"] = "WAIT_SEND_CODE")));
        Assert.Contains("WAIT_SEND_CODE", error.Message);
    }

    [Fact]
    public void Validate_RealisticOrders_NoErrors()
    {
        Assert.Empty(_mapper.Validate(PlatformFixtures.Read(Paid)));
        Assert.Empty(_mapper.Validate(PlatformFixtures.Read("jd-order-county-city.json")));
    }

    [Fact]
    public void Validate_MissingIdBadQuantityAndPrice_ReadableErrors()
    {
        var errors = _mapper.Validate(PlatformFixtures.Edit(Paid, o =>
        {
            o.Remove("orderId");
            o["itemInfoList"]![0]!["itemTotal"] = "x";
            o["itemInfoList"]![1]!["jdPrice"] = 12.5;
        }));

        Assert.Contains(new PayloadError("/orderId", "required"), errors);
        Assert.Contains(new PayloadError("/itemInfoList/0/itemTotal", "\"x\" is not a positive whole number"), errors);
        Assert.Contains(errors, e => e.Path == "/itemInfoList/1/jdPrice" && e.Message.Contains("string"));
    }

    [Fact]
    public void TryReadOrderId_StringOrNumber()
    {
        Assert.Equal("301234567890", _mapper.TryReadOrderId(PlatformFixtures.Read(Paid)));
        Assert.Equal("301234567891", _mapper.TryReadOrderId(PlatformFixtures.Read("jd-order-county-city.json")));
    }
}
