using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Domain;

public sealed class OrderLifecycleTests
{
    private static readonly DateTimeOffset s_created = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static Order NewOrder(OrderStatus status = OrderStatus.PendingPayment) => Order.Create(
        OrderKey.Of(Platform.Taobao, "tb-flagship", "4012345678901234567"),
        shopId: 1,
        status,
        new Receiver("王芳", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 90 号", "310012"),
        [new OrderLine("TS-RED-M", "T-shirt", "Red / M", 2, Money.ParseYuan("59.00"), isGift: false)],
        OrderAmounts.Of(Money.ParseYuan("118.00"), Money.ParseYuan("8.00"), Money.ParseYuan("10.00")),
        s_created, null, s_created, s_created.AddSeconds(40), "test");

    public static TheoryData<OrderStatus, OrderStatus> Legal => new()
    {
        { OrderStatus.PendingPayment, OrderStatus.Paid },
        { OrderStatus.PendingPayment, OrderStatus.Cancelled },
        { OrderStatus.Paid, OrderStatus.InFulfillment },
        { OrderStatus.Paid, OrderStatus.Shipped },
        { OrderStatus.Paid, OrderStatus.Cancelled },
        { OrderStatus.Paid, OrderStatus.Refunded },
        { OrderStatus.InFulfillment, OrderStatus.Paid },
        { OrderStatus.InFulfillment, OrderStatus.Shipped },
        { OrderStatus.Shipped, OrderStatus.Delivered },
        { OrderStatus.Shipped, OrderStatus.Refunded },
        { OrderStatus.Delivered, OrderStatus.Completed },
        { OrderStatus.Completed, OrderStatus.Refunded },
    };

    public static TheoryData<OrderStatus, OrderStatus> Illegal => new()
    {
        { OrderStatus.PendingPayment, OrderStatus.Shipped },
        { OrderStatus.PendingPayment, OrderStatus.Refunded },
        { OrderStatus.Paid, OrderStatus.PendingPayment },
        { OrderStatus.Shipped, OrderStatus.Paid },
        { OrderStatus.Shipped, OrderStatus.Cancelled },
        { OrderStatus.Delivered, OrderStatus.Shipped },
        { OrderStatus.Completed, OrderStatus.Cancelled },
        { OrderStatus.Cancelled, OrderStatus.Paid },
        { OrderStatus.Refunded, OrderStatus.Completed },
    };

    [Theory]
    [MemberData(nameof(Legal))]
    public void MoveTo_LegalTransition_ChangesStatusAndRecordsStep(OrderStatus from, OrderStatus to)
    {
        var order = NewOrder(from);
        var at = s_created.AddHours(3);

        order.MoveTo(to, at, "platform");

        Assert.Equal(to, order.Status);
        var step = order.StatusHistory[^1];
        Assert.Equal((from, to, at, "platform"), (step.From!.Value, step.To, step.At, step.Source));
    }

    [Theory]
    [MemberData(nameof(Illegal))]
    public void MoveTo_IllegalTransition_ThrowsAndLeavesOrderUnchanged(OrderStatus from, OrderStatus to)
    {
        var order = NewOrder(from);

        var error = Assert.Throws<DomainRuleException>(() => order.MoveTo(to, s_created.AddHours(1), "platform"));

        Assert.Contains(from.ToString(), error.Message);
        Assert.Contains(to.ToString(), error.Message);
        Assert.Equal(from, order.Status);
        Assert.Single(order.StatusHistory);
    }

    [Fact]
    public void Lifecycle_EveryStatus_HasAnEntry()
    {
        foreach (var status in Enum.GetValues<OrderStatus>())
            _ = OrderLifecycle.NextOf(status); // throws KeyNotFoundException for a status someone forgot
        Assert.True(OrderLifecycle.IsTerminal(OrderStatus.Cancelled));
        Assert.True(OrderLifecycle.IsTerminal(OrderStatus.Refunded));
        Assert.False(OrderLifecycle.IsTerminal(OrderStatus.Shipped));
    }

    [Fact]
    public void MoveTo_SameStatus_IsNotAStep()
    {
        var order = NewOrder(OrderStatus.Paid);
        order.MoveTo(OrderStatus.Paid, s_created.AddHours(1), "platform");
        Assert.Single(order.StatusHistory);
    }

    [Fact]
    public void MoveTo_Paid_SetsPaidAtOnce()
    {
        var order = NewOrder();
        var paid = s_created.AddMinutes(2);
        order.MoveTo(OrderStatus.Paid, paid, "platform");
        Assert.Equal(paid, order.PaidAt);
    }

    [Fact]
    public void Create_AmountsAndReceiver_Derived()
    {
        var order = NewOrder();
        Assert.Equal(Money.ParseYuan("116.00"), order.PaidAmount);
        Assert.Equal("5678", order.ReceiverPhoneLast4);
        Assert.Equal("138****5678", order.Receiver.MaskedPhone);
    }

    [Fact]
    public void Create_NoLines_Throws() =>
        Assert.Throws<DomainRuleException>(() => Order.Create(
            OrderKey.Of(Platform.Jd, "jd-1", "1"), 1, OrderStatus.Paid,
            new Receiver("a", "1", "p", "c", "d", "x", ""), [], OrderAmounts.Of(Money.Zero, Money.Zero, Money.Zero),
            s_created, s_created, s_created, s_created, "test"));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void OrderLine_NonPositiveQuantity_Throws(int quantity) =>
        Assert.Throws<DomainRuleException>(() => new OrderLine("SKU", "n", "", quantity, Money.Zero, false));

    [Fact]
    public void OrderLine_Gift_IsFree()
    {
        var gift = new OrderLine("GIFT-BAG", "Tote bag", "", 1, Money.ParseYuan("20.00"), isGift: true);
        Assert.Equal(Money.Zero, gift.Total);
    }

    [Fact]
    public void OrderKey_BlankParts_Throw()
    {
        Assert.Throws<DomainRuleException>(() => OrderKey.Of(Platform.Jd, " ", "1"));
        Assert.Throws<DomainRuleException>(() => OrderKey.Of(Platform.Jd, "shop", ""));
    }
}
