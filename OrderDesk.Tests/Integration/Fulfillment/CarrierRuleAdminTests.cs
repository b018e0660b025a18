using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment.Carriers;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>Edits rules and carriers, so on its own app: the advisor tests rely on the demo rules as seeded.</summary>
public sealed class CarrierRuleAdminTests(CarrierRuleAdminTests.App app) : IClassFixture<CarrierRuleAdminTests.App>
{
    public sealed class App : OrderDeskApp
    {
        public App() => With("OrderDesk:Demo:OrderCount", "50");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CarrierRuleAdmin Admin => app.Get<CarrierRuleAdmin>();

    private static CarrierRuleSpec Valid(string name) => new() { Name = name, CarrierCode = "YUNDA", Service = "标快/Standard" };

    [Fact]
    public async Task Save_UnknownCarrierAndReversedRange_RefusedPerFieldAndNothingStored()
    {
        var result = await Admin.SaveAsync(null,
            Valid("bad") with { CarrierCode = "DHL", MinWeightGrams = 3_000, MaxWeightGrams = 2_000, MinAmount = new Money(9_00), MaxAmount = new Money(1_00) }, Ct);

        Assert.False(result.Saved);
        Assert.Equal([nameof(CarrierRuleSpec.MaxWeightGrams), nameof(CarrierRuleSpec.MaxAmount), nameof(CarrierRuleSpec.CarrierCode)],
            result.Problems.Select(p => p.Field));
        Assert.DoesNotContain(await Admin.RulesAsync(Ct), r => r.Name == "bad");
    }

    [Fact]
    public async Task Save_DuplicateName_Refused()
    {
        Assert.True((await Admin.SaveAsync(null, Valid("twice"), Ct)).Saved);

        var again = await Admin.SaveAsync(null, Valid("TWICE"), Ct);

        Assert.Equal(CarrierRuleProblems.NameTaken, Assert.Single(again.Problems).Code);
    }

    [Fact]
    public async Task Save_New_AppendedLastAndAudited()
    {
        var result = await Admin.SaveAsync(null, Valid("appended") with { Cities = ["深圳市"] }, Ct);

        var rules = await Admin.RulesAsync(Ct);
        Assert.Equal(result.RuleId, rules[^1].Id);
        await using var db = await app.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(CarrierRule) && a.EntityId == result.RuleId.ToString(), Ct));
    }

    [Fact]
    public async Task Move_Up_SwapsWithNeighbourAndKeepsPositionsDense()
    {
        var before = await Admin.RulesAsync(Ct);
        var second = before[1];

        await Admin.MoveAsync(second.Id, -1, Ct);

        var after = await Admin.RulesAsync(Ct);
        Assert.Equal([second.Id, before[0].Id], after.Take(2).Select(r => r.Id));
        Assert.Equal(Enumerable.Range(0, after.Count), after.Select(r => r.Position));
    }

    [Fact]
    public async Task SetDefaultCarrier_MovesTheFlag_AndDefaultCannotBeDisabled()
    {
        await Admin.SetDefaultCarrierAsync("STO", Ct);

        var carriers = await app.Get<CarrierAdvisor>().CarriersAsync(Ct);
        Assert.Equal("STO", Assert.Single(carriers, c => c.IsDefault).Code);
        await Assert.ThrowsAsync<DomainRuleException>(() => Admin.SetCarrierEnabledAsync("STO", false, Ct));
        await Admin.SetDefaultCarrierAsync("ZTO", Ct);
    }
}
