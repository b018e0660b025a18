using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using static OrderDesk.Tests.Unit.Fulfillment.CarrierRuleBuilder;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class CarrierRuleValidationTests
{
    private static readonly CarrierRuleSpec s_valid = new() { Name = "fragile", CarrierCode = "SF", Service = "标快/Standard" };

    public static TheoryData<string, CarrierRuleSpec, string, string> Refused => new()
    {
        { "empty name", s_valid with { Name = "  " }, nameof(CarrierRuleSpec.Name), CarrierRuleProblems.NameRequired },
        { "long name", s_valid with { Name = new string('x', 101) }, nameof(CarrierRuleSpec.Name), CarrierRuleProblems.NameTooLong },
        { "duplicate name, other case", s_valid with { Name = "Heavy" }, nameof(CarrierRuleSpec.Name), CarrierRuleProblems.NameTaken },
        { "weight min above max", s_valid with { MinWeightGrams = 5_000, MaxWeightGrams = 1_000 }, nameof(CarrierRuleSpec.MaxWeightGrams), CarrierRuleProblems.MinNotBelowMax },
        { "weight min equals max", s_valid with { MinWeightGrams = 1_000, MaxWeightGrams = 1_000 }, nameof(CarrierRuleSpec.MaxWeightGrams), CarrierRuleProblems.MinNotBelowMax },
        { "negative weight", s_valid with { MinWeightGrams = -1 }, nameof(CarrierRuleSpec.MinWeightGrams), CarrierRuleProblems.Negative },
        { "volume reversed", s_valid with { MinVolumeCm3 = 20, MaxVolumeCm3 = 10 }, nameof(CarrierRuleSpec.MaxVolumeCm3), CarrierRuleProblems.MinNotBelowMax },
        { "negative volume", s_valid with { MaxVolumeCm3 = -5 }, nameof(CarrierRuleSpec.MaxVolumeCm3), CarrierRuleProblems.Negative },
        { "amount reversed", s_valid with { MinAmount = new Money(500_00), MaxAmount = new Money(100_00) }, nameof(CarrierRuleSpec.MaxAmount), CarrierRuleProblems.MinNotBelowMax },
        { "negative amount", s_valid with { MinAmount = new Money(-1) }, nameof(CarrierRuleSpec.MinAmount), CarrierRuleProblems.Negative },
        { "unknown carrier", s_valid with { CarrierCode = "DHL" }, nameof(CarrierRuleSpec.CarrierCode), CarrierRuleProblems.UnknownCarrier },
        { "service of another carrier", s_valid with { Service = "特惠送/Economy" }, nameof(CarrierRuleSpec.Service), CarrierRuleProblems.UnknownService },
        { "unknown province", s_valid with { Provinces = ["广东省", "加州"] }, nameof(CarrierRuleSpec.Provinces), CarrierRuleProblems.UnknownProvince },
        { "unknown city", s_valid with { Cities = ["深圳市", "Springfield"] }, nameof(CarrierRuleSpec.Cities), CarrierRuleProblems.UnknownCity },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Create_BadInput_RefusedWithFieldProblem(string scenario, CarrierRuleSpec spec, string field, string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new CarrierRule(spec, 0, Context("heavy")));

        var problem = Assert.Single(refused.Problems);
        Assert.True(problem.Field == field && problem.Code == code, $"{scenario}: got {problem}");
    }

    [Fact]
    public void Create_SeveralBadFields_ReportsEachAtOnce()
    {
        var spec = s_valid with { Name = "", MinWeightGrams = 9, MaxWeightGrams = 1, CarrierCode = "NOPE", Provinces = ["火星"] };

        var refused = Assert.Throws<DomainRuleException>(() => new CarrierRule(spec, 0, Context()));

        Assert.Equal(
            [nameof(spec.Name), nameof(spec.MaxWeightGrams), nameof(spec.CarrierCode), nameof(spec.Provinces)],
            refused.Problems.Select(p => p.Field));
        Assert.Equal("火星", refused.Problems.Single(p => p.Field == nameof(spec.Provinces)).Argument);
    }

    [Fact]
    public void Change_Refused_LeavesRuleAsItWas()
    {
        var rule = new CarrierRule(s_valid with { MaxWeightGrams = 1_000 }, 3, Context());

        Assert.Throws<DomainRuleException>(() => rule.Change(s_valid with { Name = "renamed", MinWeightGrams = 2_000, MaxWeightGrams = 1_000 }, Context()));

        Assert.Equal("fragile", rule.Name);
        Assert.Equal(1_000, rule.MaxWeightGrams);
        Assert.Null(rule.MinWeightGrams);
    }

    [Fact]
    public void Create_Valid_NormalisesCodeAndLists()
    {
        var rule = new CarrierRule(s_valid with { Name = " fragile ", CarrierCode = "sf", Provinces = ["广东省", " 广东省"] }, 0, Context());

        Assert.Equal("fragile", rule.Name);
        Assert.Equal("SF", rule.CarrierCode);
        Assert.Equal(["广东省"], rule.Provinces);
    }

    [Fact]
    public void Carrier_DisableDefault_Refused()
    {
        var zto = Carriers.Single(c => c.IsDefault);
        Assert.Throws<DomainRuleException>(zto.Disable);
    }

    [Theory]
    [InlineData("标快/Standard", true, "标快")]
    [InlineData("标快/Standard", false, "Standard")]
    [InlineData("Standard", true, "Standard")]
    public void ServiceName_PicksLanguage(string service, bool chinese, string expected) =>
        Assert.Equal(expected, Carrier.ServiceName(service, chinese));
}
