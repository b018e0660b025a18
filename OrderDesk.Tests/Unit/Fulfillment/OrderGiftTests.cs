using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Tests.Unit.Domain;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class OrderGiftTests
{
    private static readonly RuleGift s_tote = new("GF01-BEI-OS", "定制帆布收纳袋", "米白 / 均码", 1, "Tote");

    private static Order PaidOrderWithPlatformGift()
    {
        var order = OrderLifecycleTests.NewOrder(OrderStatus.Paid);
        order.ReplaceLines([.. order.Lines.Select(Copy), new OrderLine("GF03-JS-OS", "钥匙扣", "", 1, Money.Zero, isGift: true)]);
        return order;
    }

    private static OrderLine Copy(OrderLine l) => new(l.SkuCode, l.Name, l.VariantText, l.Quantity, l.UnitPrice, l.IsGift);

    [Fact]
    public void ApplyGifts_AddsRuleGiftLinesAndKeepsPlatformGifts()
    {
        var order = PaidOrderWithPlatformGift();

        Assert.True(order.ApplyGifts([s_tote]));

        Assert.Equal(["TS-RED-M", "GF03-JS-OS", "GF01-BEI-OS"], order.Lines.Select(l => l.SkuCode));
        var gift = order.Lines[^1];
        Assert.True(gift.IsGift && gift.IsRuleGift);
        Assert.Equal(("Tote", Money.Zero), (gift.AddedByRule, gift.UnitPrice));
        Assert.False(order.Lines[1].IsRuleGift);
    }

    [Fact]
    public void ApplyGifts_SameGiftsTwice_ChangesNothingTheSecondTime()
    {
        var order = PaidOrderWithPlatformGift();
        order.ApplyGifts([s_tote]);
        var lines = order.Lines.ToList();

        Assert.False(order.ApplyGifts([s_tote]));
        Assert.Equal(lines, order.Lines); // the same line objects: nothing to write
    }

    [Fact]
    public void ApplyGifts_ReplacesEarlierRuleGiftsOnly()
    {
        var order = PaidOrderWithPlatformGift();
        order.ApplyGifts([s_tote, s_tote with { SkuCode = "GF02-3X5ML", RuleName = "Samples", Quantity = 2 }]);

        Assert.True(order.ApplyGifts([]));

        Assert.Equal(["TS-RED-M", "GF03-JS-OS"], order.Lines.Select(l => l.SkuCode));
    }

    [Theory]
    [InlineData(OrderStatus.InFulfillment)]
    [InlineData(OrderStatus.Shipped)]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Cancelled)]
    public void ApplyGifts_PastPickingOrClosed_Refused(OrderStatus status)
    {
        var order = OrderLifecycleTests.NewOrder(status);
        var error = Assert.Throws<DomainRuleException>(() => order.ApplyGifts([s_tote]));
        Assert.Contains(status.ToString(), error.Message);
        Assert.Single(order.Lines);
    }

    [Fact]
    public void ReplaceLines_NewerPlatformVersion_KeepsRuleGifts()
    {
        var order = PaidOrderWithPlatformGift();
        order.ApplyGifts([s_tote]);

        order.ReplaceLines([new OrderLine("HD01-BK-L", "卫衣", "黑色 / L", 1, Money.ParseYuan("199.00"), isGift: false)]);

        Assert.Equal(["HD01-BK-L", "GF01-BEI-OS"], order.Lines.Select(l => l.SkuCode));
        Assert.Equal(["HD01-BK-L"], order.PlatformLines.Select(l => l.SkuCode));
    }
}
