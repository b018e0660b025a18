using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class GiftRuleValidationTests
{
    private static readonly DateTimeOffset s_day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, GiftRuleSpec, string, GiftRuleProblem> BadSpecs()
    {
        var ok = GiftRulesTests.Spec();
        return new()
        {
            { "empty name", ok with { Name = "  " }, nameof(GiftRuleSpec.Name), GiftRuleProblem.NameRequired },
            { "long name", ok with { Name = new string('x', 101) }, nameof(GiftRuleSpec.Name), GiftRuleProblem.NameTooLong },
            { "min > max", ok with { MinAmount = new Money(500), MaxAmount = new Money(100) }, nameof(GiftRuleSpec.MaxAmount), GiftRuleProblem.AmountRangeReversed },
            { "min = max", ok with { MinAmount = new Money(500), MaxAmount = new Money(500) }, nameof(GiftRuleSpec.MaxAmount), GiftRuleProblem.AmountRangeReversed },
            { "negative", ok with { MinAmount = new Money(-1) }, nameof(GiftRuleSpec.MinAmount), GiftRuleProblem.AmountNegative },
            { "no gift sku", ok with { GiftSkuCode = "" }, nameof(GiftRuleSpec.GiftSkuCode), GiftRuleProblem.GiftSkuRequired },
            { "quantity 0", ok with { GiftQuantity = 0 }, nameof(GiftRuleSpec.GiftQuantity), GiftRuleProblem.GiftQuantityNotPositive },
            { "per units 0", ok with { PerUnits = 0 }, nameof(GiftRuleSpec.PerUnits), GiftRuleProblem.PerUnitsNotPositive },
            { "per units -2", ok with { PerUnits = -2 }, nameof(GiftRuleSpec.PerUnits), GiftRuleProblem.PerUnitsNotPositive },
            { "dates reversed", ok with { ValidFrom = s_day, ValidUntil = s_day.AddDays(-1) }, nameof(GiftRuleSpec.ValidUntil), GiftRuleProblem.DateRangeReversed },
            { "long keyword", ok with { MemoKeyword = new string('k', 65) }, nameof(GiftRuleSpec.MemoKeyword), GiftRuleProblem.TextTooLong },
        };
    }

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Check_BadField_ReportsItAndTheEntityRefuses(string _, GiftRuleSpec spec, string field, GiftRuleProblem problem)
    {
        Assert.Equal(problem.ToString(), Assert.Single(GiftRule.Check(spec), p => p.Field == field).Code);
        var error = Assert.Throws<DomainRuleException>(() => new GiftRule(spec));
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void Check_SeveralBadFields_ReportsEach()
    {
        var problems = GiftRule.Check(GiftRulesTests.Spec() with { Name = "", GiftQuantity = -1, PerUnits = 0 });
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Change_Refused_LeavesTheRuleAsItWas()
    {
        var rule = new GiftRule(GiftRulesTests.Spec("Tote") with { GiftQuantity = 2 });
        Assert.Throws<DomainRuleException>(() => rule.Change(rule.Spec with { Name = "Other", GiftQuantity = 0 }));
        Assert.Equal(("Tote", 2), (rule.Name, rule.GiftQuantity));
    }

    [Fact]
    public void New_TrimsTextFields()
    {
        var rule = new GiftRule(GiftRulesTests.Spec(" Tote ") with { Category = " 服装 ", GiftSkuCode = " GF01-BEI-OS " });
        Assert.Equal(("Tote", "服装", "GF01-BEI-OS"), (rule.Name, rule.Category, rule.GiftSkuCode));
    }
}
