using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class GiftRulesTests
{
    private static readonly DateTimeOffset s_created = new(2026, 11, 11, 2, 0, 0, TimeSpan.Zero);

    internal static GiftRuleSpec Spec(string name = "Tote") => new(name, 100, false, true, null, "", GiftAmountBasis.Paid,
        null, null, "", "", null, null, null, "", "GF01-BEI-OS", 1);

    private static GiftRule Rule(Func<GiftRuleSpec, GiftRuleSpec>? change = null, string name = "Tote") =>
        new((change ?? (s => s))(Spec(name)));

    private static GiftFacts Facts(long paidFen = 25_000, params GiftFactLine[] lines) => new(Platform.Taobao, "TB-YJ01",
        new Money(paidFen), new Money(paidFen - 800),
        lines.Length > 0 ? lines : [new GiftFactLine("LS01-ZH-35G", "美妆护肤", 1, false)], "", s_created);

    private static GiftDecision Only(GiftRule rule, GiftFacts facts) => Assert.Single(GiftRules.Evaluate([rule], facts));

    [Theory]
    [InlineData(19_899, GiftMiss.AmountBelowMin)]
    [InlineData(19_900, GiftMiss.None)]   // min inclusive
    [InlineData(49_999, GiftMiss.None)]
    [InlineData(50_000, GiftMiss.AmountNotBelowMax)] // max exclusive
    public void Evaluate_AmountRange_MinInclusiveMaxExclusive(long paidFen, GiftMiss expected)
    {
        var rule = Rule(s => s with { MinAmount = new Money(19_900), MaxAmount = new Money(50_000) });
        Assert.Equal(expected, Only(rule, Facts(paidFen)).Miss);
    }

    [Fact]
    public void Evaluate_GoodsBasis_ComparesGoodsAmountNotPaid()
    {
        var rule = Rule(s => s with { AmountBasis = GiftAmountBasis.Goods, MinAmount = new Money(20_000) });
        Assert.Equal(GiftMiss.AmountBelowMin, Only(rule, Facts(20_500)).Miss); // goods = paid − 8 yuan shipping here
        Assert.True(Only(rule, Facts(20_800)).Applies);
    }

    [Theory]
    [InlineData("LS01-ZH-35G", "", 3, true)]
    [InlineData("ls01-zh-35g", "", 3, true)]
    [InlineData("TS01-BK-M", "", 2, true)]
    [InlineData("HD01-BK-L", "", 0, false)]
    [InlineData("", "美妆护肤", 5, true)]
    [InlineData("", "服装", 2, true)]
    [InlineData("", "鞋靴", 0, false)]
    [InlineData("TS01-BK-M", "美妆护肤", 0, false)]
    public void Evaluate_SkuOrCategory_CountsOnlyQualifyingNonGiftUnits(string sku, string category, int units, bool applies)
    {
        var rule = Rule(s => s with { SkuCode = sku, Category = category });
        var decision = Only(rule, Facts(25_000,
            new GiftFactLine("LS01-ZH-35G", "美妆护肤", 3, false),
            new GiftFactLine("FD01-XY-30ML", "美妆护肤", 2, false),
            new GiftFactLine("TS01-BK-M", "服装", 2, false),
            new GiftFactLine("GF02-3X5ML", "美妆护肤", 4, true)));
        Assert.Equal(units, decision.QualifyingUnits);
        Assert.Equal(applies, decision.Applies);
        if (!applies) Assert.Equal(GiftMiss.NoQualifyingUnits, decision.Miss);
    }

    [Theory]
    [InlineData(1, 1, 0, GiftMiss.TooFewUnits)]
    [InlineData(2, 1, 1, GiftMiss.None)]
    [InlineData(3, 1, 1, GiftMiss.None)]
    [InlineData(4, 1, 2, GiftMiss.None)]
    [InlineData(5, 3, 6, GiftMiss.None)]
    public void Evaluate_PerUnits_FloorTimesGiftQuantity(int units, int giftQuantity, int expected, GiftMiss miss)
    {
        var rule = Rule(s => s with { PerUnits = 2, GiftQuantity = giftQuantity });
        var decision = Only(rule, Facts(25_000, new GiftFactLine("LS01-ZH-35G", "美妆护肤", units, false)));
        Assert.Equal(expected, decision.Quantity);
        Assert.Equal(miss, decision.Miss);
    }

    [Fact]
    public void Evaluate_WithoutPerUnits_GivesGiftQuantityOnce()
    {
        var rule = Rule(s => s with { GiftQuantity = 2 });
        Assert.Equal(2, Only(rule, Facts(25_000, new GiftFactLine("LS01-ZH-35G", "美妆护肤", 7, false))).Quantity);
    }

    [Theory]
    [InlineData(Platform.Taobao, "", GiftMiss.None)]
    [InlineData(Platform.Jd, "", GiftMiss.Platform)]
    [InlineData(Platform.Taobao, "tb-yj01", GiftMiss.None)]
    [InlineData(Platform.Taobao, "TB-OTHER", GiftMiss.Shop)]
    public void Evaluate_PlatformAndShop(Platform platform, string shop, GiftMiss expected)
    {
        var rule = Rule(s => s with { Platform = platform, ShopCode = shop });
        Assert.Equal(expected, Only(rule, Facts()).Miss);
    }

    [Theory]
    [InlineData(0, 60, GiftMiss.None)]                 // from is inclusive
    [InlineData(1, 60, GiftMiss.BeforeValidFrom)]
    [InlineData(-60, 0, GiftMiss.NotBeforeValidUntil)] // until is exclusive
    [InlineData(-60, 1, GiftMiss.None)]
    public void Evaluate_DateRange_AgainstPlatformCreationTime(int fromMinutes, int untilMinutes, GiftMiss expected)
    {
        var rule = Rule(s => s with { ValidFrom = s_created.AddMinutes(fromMinutes), ValidUntil = s_created.AddMinutes(untilMinutes) });
        Assert.Equal(expected, Only(rule, Facts()).Miss);
    }

    [Theory]
    [InlineData("VIP 送赠品", "vip", GiftMiss.None)]
    [InlineData("vip customer", "VIP", GiftMiss.None)]
    [InlineData("老客户", "VIP", GiftMiss.MemoKeyword)]
    [InlineData("", "VIP", GiftMiss.MemoKeyword)]
    public void Evaluate_MemoKeyword_CaseInsensitive(string memo, string keyword, GiftMiss expected)
    {
        var rule = Rule(s => s with { MemoKeyword = keyword });
        Assert.Equal(expected, Only(rule, Facts() with { SellerMemo = memo }).Miss);
    }

    [Fact]
    public void Evaluate_Priority_RunsLowerFirstAndStopFurtherSkipsTheRest()
    {
        var late = Rule(s => s with { Priority = 30 }, "C late");
        var stopper = Rule(s => s with { Priority = 20, StopFurtherRules = true, GiftSkuCode = "GF03-JS-OS" }, "B stopper");
        var missing = Rule(s => s with { Priority = 10, StopFurtherRules = true, MinAmount = new Money(1_000_000) }, "A big spenders");

        var decisions = GiftRules.Evaluate([late, stopper, missing], Facts());

        Assert.Equal(["A big spenders", "B stopper", "C late"], decisions.Select(d => d.RuleName));
        Assert.Equal(GiftMiss.AmountBelowMin, decisions[0].Miss); // a stopper that does not apply stops nothing
        Assert.True(decisions[1].Applies);
        Assert.Equal(GiftMiss.StoppedByEarlierRule, decisions[2].Miss);
        Assert.Equal("B stopper", decisions[2].StoppedBy);
        Assert.Contains("B stopper", decisions[2].Why);
    }

    [Fact]
    public void Evaluate_DisabledRule_Ignored()
    {
        var rule = Rule(s => s with { Enabled = false });
        Assert.Empty(GiftRules.Evaluate([rule], Facts()));
    }

    [Fact]
    public void Evaluate_NoConditions_GivesToEveryOrderWithGoods()
    {
        var decision = Only(Rule(), Facts());
        Assert.True(decision.Applies);
        Assert.Equal(("GF01-BEI-OS", 1), (decision.GiftSkuCode, decision.Quantity));
    }
}
