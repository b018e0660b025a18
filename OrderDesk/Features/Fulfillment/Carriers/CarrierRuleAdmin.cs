using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;

namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>
/// The admin screen's edits of carrier rules and carriers. Every change goes through the entities' own methods, so
/// their checks apply and the audit interceptor records it.
/// </summary>
public sealed class CarrierRuleAdmin(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CarrierRule>> RulesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CarrierRules.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
    }

    public async Task<CarrierRuleSpec?> SpecAsync(long ruleId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.CarrierRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ruleId, ct))?.ToSpec();
    }

    /// <summary>Creates a rule at the end of the list (<paramref name="ruleId"/> null) or changes one.</summary>
    public async Task<CarrierRuleSaveResult> SaveAsync(long? ruleId, CarrierRuleSpec spec, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var carriers = await db.Carriers.AsNoTracking().ToListAsync(ct);
        var others = await db.CarrierRules.Where(r => r.Id != ruleId).Select(r => r.Name).ToListAsync(ct);
        var context = new CarrierRuleContext(carriers, RegionCatalog.Load(), others);
        CarrierRule rule;
        try
        {
            if (ruleId is { } id)
            {
                rule = await db.CarrierRules.SingleAsync(r => r.Id == id, ct);
                rule.Change(spec, context);
            }
            else
            {
                var last = await db.CarrierRules.MaxAsync(r => (int?)r.Position, ct) ?? -1;
                rule = new CarrierRule(spec, last + 1, context);
                db.CarrierRules.Add(rule);
            }
        }
        catch (DomainRuleException refused) when (refused.Problems.Count > 0)
        {
            return new CarrierRuleSaveResult(0, refused.Problems);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 })
        {
            // SQLITE_CONSTRAINT_UNIQUE: another admin took the name between the check and the save.
            return new CarrierRuleSaveResult(0,
                [new FieldProblem(nameof(spec.Name), CarrierRuleProblems.NameTaken, spec.Name, $"Another rule is already called '{spec.Name}'.")]);
        }
        return new CarrierRuleSaveResult(rule.Id, []);
    }

    /// <summary>Swaps the rule with its neighbour above (<paramref name="offset"/> −1) or below (+1); renumbers 0…n−1.</summary>
    public async Task MoveAsync(long ruleId, int offset, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rules = await db.CarrierRules.OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
        var index = rules.FindIndex(r => r.Id == ruleId);
        if (index < 0) throw new DomainRuleException($"There is no carrier rule {ruleId}.");
        var target = index + Math.Sign(offset);
        if (target < 0 || target >= rules.Count) return; // already first or last: the buttons are disabled there
        (rules[index], rules[target]) = (rules[target], rules[index]);
        for (var i = 0; i < rules.Count; i++)
            if (rules[i].Position != i) rules[i].MoveTo(i);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetEnabledAsync(long ruleId, bool enabled, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = await db.CarrierRules.SingleAsync(r => r.Id == ruleId, ct);
        if (enabled) rule.Enable();
        else rule.Disable();
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(long ruleId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = await db.CarrierRules.SingleOrDefaultAsync(r => r.Id == ruleId, ct);
        if (rule is null) return;
        db.CarrierRules.Remove(rule);
        await db.SaveChangesAsync(ct);
    }

    /// <exception cref="DomainRuleException">The carrier is disabled.</exception>
    public async Task SetDefaultCarrierAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var carriers = await db.Carriers.ToListAsync(ct);
        var next = carriers.SingleOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainRuleException($"There is no carrier '{code}'.");
        if (next.IsDefault) return;
        // Two saves in one transaction (rolled back if MakeDefault refuses a disabled carrier): the unique "one default" index is checked per statement, so the old
        // default has to lose the flag before the new one gains it.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var carrier in carriers.Where(c => c.IsDefault)) carrier.StopBeingDefault();
        await db.SaveChangesAsync(ct);
        next.MakeDefault();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <exception cref="DomainRuleException">Disabling the default carrier.</exception>
    public async Task SetCarrierEnabledAsync(string code, bool enabled, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var carrier = await db.Carriers.SingleOrDefaultAsync(c => c.Code == code, ct)
            ?? throw new DomainRuleException($"There is no carrier '{code}'.");
        if (enabled) carrier.Enable();
        else carrier.Disable();
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>The saved rule's id, or the problems that refused it, one per field.</summary>
public sealed record CarrierRuleSaveResult(long RuleId, IReadOnlyList<FieldProblem> Problems)
{
    public bool Saved => Problems.Count == 0;
}
