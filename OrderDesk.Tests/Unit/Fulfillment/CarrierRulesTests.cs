using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using static OrderDesk.Tests.Unit.Fulfillment.CarrierRuleBuilder;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class CarrierRulesTests
{
    public static TheoryData<string, CarrierRuleSpec, CarrierFacts, bool> Conditions => new()
    {
        // Weight: minimum inclusive, maximum exclusive.
        { "weight at min", new() { MinWeightGrams = 5_000 }, Parcel(grams: 5_000), true },
        { "weight below min", new() { MinWeightGrams = 5_000 }, Parcel(grams: 4_999), false },
        { "weight just below max", new() { MaxWeightGrams = 1_000 }, Parcel(grams: 999), true },
        { "weight at max", new() { MaxWeightGrams = 1_000 }, Parcel(grams: 1_000), false },
        { "weight inside range", new() { MinWeightGrams = 1_000, MaxWeightGrams = 2_000 }, Parcel(grams: 1_500), true },
        // Volume, same edges.
        { "volume at min", new() { MinVolumeCm3 = 10_000 }, Parcel(cm3: 10_000), true },
        { "volume below min", new() { MinVolumeCm3 = 10_000 }, Parcel(cm3: 9_999), false },
        { "volume at max", new() { MaxVolumeCm3 = 10_000 }, Parcel(cm3: 10_000), false },
        { "volume below max", new() { MaxVolumeCm3 = 10_000 }, Parcel(cm3: 9_999), true },
        // Amount, same edges, in fen.
        { "amount at min", new() { MinAmount = Money.FromYuan(500) }, Parcel(fen: 500_00), true },
        { "amount a fen below min", new() { MinAmount = Money.FromYuan(500) }, Parcel(fen: 499_99), false },
        { "amount at max", new() { MaxAmount = Money.FromYuan(50) }, Parcel(fen: 50_00), false },
        { "amount below max", new() { MaxAmount = Money.FromYuan(50) }, Parcel(fen: 49_99), true },
        // Destination.
        { "province listed", new() { Provinces = ["广东省", "浙江省"] }, Parcel("浙江省", "杭州市"), true },
        { "province not listed", new() { Provinces = ["广东省", "浙江省"] }, Parcel("江苏省", "南京市"), false },
        { "city listed", new() { Cities = ["深圳市", "广州市"] }, Parcel("广东省", "深圳市"), true },
        { "city not listed", new() { Cities = ["深圳市", "广州市"] }, Parcel("广东省", "东莞市"), false },
        { "remote province", new() { RemoteOnly = true }, Parcel("新疆维吾尔自治区", "乌鲁木齐市"), true },
        { "not remote province", new() { RemoteOnly = true }, Parcel("广东省", "广州市"), false },
        // Customer tier.
        { "tier listed", new() { CustomerTiers = [CustomerTier.Gold, CustomerTier.Vip] }, Parcel(tier: CustomerTier.Vip), true },
        { "tier not listed", new() { CustomerTiers = [CustomerTier.Gold, CustomerTier.Vip] }, Parcel(tier: CustomerTier.Silver), false },
        // Handling: any of the rule's flags.
        { "one of two flags", new() { RequiredHandling = HandlingFlags.Fragile | HandlingFlags.Liquid }, Parcel(handling: HandlingFlags.Liquid | HandlingFlags.KeepDry), true },
        { "none of the flags", new() { RequiredHandling = HandlingFlags.Fragile | HandlingFlags.Liquid }, Parcel(handling: HandlingFlags.KeepDry), false },
        { "no flags at all", new() { RequiredHandling = HandlingFlags.Fragile }, Parcel(handling: HandlingFlags.None), false },
        // No conditions: every parcel.
        { "empty rule", new(), Parcel(), true },
        // All conditions must hold.
        { "all hold", new() { Provinces = ["广东省"], MaxWeightGrams = 1_000 }, Parcel("广东省", "广州市", grams: 500), true },
        { "one of two fails", new() { Provinces = ["广东省"], MaxWeightGrams = 1_000 }, Parcel("广东省", "广州市", grams: 1_500), false },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Recommend_SingleRule_MatchesOnlyWhenEveryConditionHolds(string scenario, CarrierRuleSpec spec, CarrierFacts parcel, bool matches)
    {
        var advice = CarrierRules.Recommend([Rule(spec with { Name = scenario })], parcel, Default, Carriers);

        Assert.Equal(matches, advice.RuleName == scenario);
        Assert.Equal(matches ? "SF" : "ZTO", advice.CarrierCode);
    }

    [Fact]
    public void Recommend_SeveralMatch_FirstByPositionWins()
    {
        var heavy = Rule(new() { Name = "heavy", MinWeightGrams = 5_000, CarrierCode = "JD", Service = "特惠送/Economy" }, position: 2);
        var fragile = Rule(new() { Name = "fragile", RequiredHandling = HandlingFlags.Fragile }, position: 1);

        var advice = CarrierRules.Recommend([heavy, fragile], Parcel(grams: 8_000, handling: HandlingFlags.Fragile), Default, Carriers);

        Assert.Equal("fragile", advice.RuleName);
        Assert.Equal("SF", advice.CarrierCode);
        Assert.Equal("SF Express", advice.CarrierName);
        Assert.Equal("顺丰速运", advice.CarrierNameZh);
        Assert.Single(advice.Trace); // rules after the winner are not tried
    }

    [Fact]
    public void Recommend_MatchingRuleDisabled_SkippedAndTraced()
    {
        var off = Rule(new() { Name = "off", Enabled = false }, 0);
        var on = Rule(new() { Name = "on", CarrierCode = "YTO", Service = "标快/Standard" }, 1);

        var advice = CarrierRules.Recommend([off, on], Parcel(), Default, Carriers);

        Assert.Equal("on", advice.RuleName);
        Assert.Equal(RuleOutcome.Disabled, Assert.Single(advice.Passed).Outcome);
    }

    [Fact]
    public void Recommend_RuleOfDisabledCarrier_SkippedAndTraced()
    {
        var carriers = CarrierRuleBuilder.Carriers.Select(c => c).ToList();
        var sto = new Carrier("STO", "STO Express", "申通快递", ["标快/Standard"]);
        sto.Disable();
        carriers[carriers.FindIndex(c => c.Code == "STO")] = sto;
        var rule = Rule(new() { Name = "sto", CarrierCode = "STO", Service = "标快/Standard" });

        var advice = CarrierRules.Recommend([rule], Parcel(), Default, carriers);

        Assert.True(advice.IsDefault);
        Assert.Equal(RuleOutcome.CarrierDisabled, Assert.Single(advice.Trace).Outcome);
    }

    [Fact]
    public void Recommend_NoRuleMatches_DefaultCarrierWithItsFirstService()
    {
        var advice = CarrierRules.Recommend([Rule(new() { MinWeightGrams = 5_000 })], Parcel(grams: 100), Default, Carriers);

        Assert.True(advice.IsDefault);
        Assert.Null(advice.RuleId);
        Assert.Null(advice.RuleName);
        Assert.Null(advice.Winner);
        Assert.Equal("ZTO", advice.CarrierCode);
        Assert.Equal("标快/Standard", advice.Service);
    }

    [Fact]
    public void Recommend_NoRules_Default()
    {
        Assert.True(CarrierRules.Recommend([], Parcel(), Default).IsDefault);
    }

    [Fact]
    public void Recommend_Trace_ExplainsEveryFailedConditionOfEarlierRulesAndWhatTheWinnerSatisfied()
    {
        var remote = Rule(new() { Name = "remote", RemoteOnly = true, CarrierCode = "EMS", Service = "标准快递/Standard" }, 0);
        var bigAndRich = Rule(new() { Name = "big and rich", MinWeightGrams = 5_000, MinAmount = Money.FromYuan(500) }, 1);
        var shortHaul = Rule(new() { Name = "short haul", Provinces = ["广东省"], MaxWeightGrams = 1_000, CarrierCode = "YTO" }, 2);

        var advice = CarrierRules.Recommend([remote, bigAndRich, shortHaul], Parcel("广东省", "深圳市", grams: 800, fen: 120_00), Default, Carriers);

        Assert.Equal("short haul", advice.RuleName);
        var passed = advice.Passed.ToList();
        Assert.Equal(["remote", "big and rich"], passed.Select(v => v.RuleName));
        var remoteWhy = Assert.Single(passed[0].Failed);
        Assert.Equal(new ConditionCheck(CarrierCondition.Remote, false, "", "广东省"), remoteWhy);
        Assert.Equal(
            [new ConditionCheck(CarrierCondition.MinWeight, false, "5000", "800"), new ConditionCheck(CarrierCondition.MinAmount, false, "¥500.00", "¥120.00")],
            passed[1].Failed);
        Assert.Equal([CarrierCondition.Province, CarrierCondition.MaxWeight], advice.Winner!.Satisfied.Select(c => c.Condition));
    }

    [Fact]
    public void Recommend_RulesGivenOutOfOrder_TracedByPosition()
    {
        var rules = new[] { Rule(new() { Name = "c", MinWeightGrams = 9_000 }, 2), Rule(new() { Name = "a", MinWeightGrams = 9_000 }, 0),
            Rule(new() { Name = "b", MinWeightGrams = 9_000 }, 1) };

        var advice = CarrierRules.Recommend(rules, Parcel(), Default, Carriers);

        Assert.Equal(["a", "b", "c"], advice.Trace.Select(v => v.RuleName));
    }
}
