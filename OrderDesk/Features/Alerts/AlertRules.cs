using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Orders;

namespace OrderDesk.Features.Alerts;

/// <summary>
/// Lists, creates and edits alert rules. Every setting is checked by <see cref="AlertRule"/> itself; this adds the
/// checks that need the database (unique name, known users, existing shop) and turns each refusal into a problem on
/// its field. <see cref="AlertRule"/> is audited, so every change lands in the audit trail.
/// </summary>
public sealed class AlertRules(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public const string ShopUnknown = nameof(ShopUnknown);
    public const string ThresholdNotNumber = nameof(ThresholdNotNumber);

    public async Task<IReadOnlyList<AlertRuleRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rules = await db.AlertRules.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var open = await db.Incidents.Where(i => i.State != IncidentState.Resolved).GroupBy(i => i.RuleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var userIds = rules.SelectMany(r => r.RecipientUserIds).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Label = u.DisplayName == "" ? u.Email! : u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.Label, ct);
        return rules.Select(r => new AlertRuleRow(r.Id, r.Name, r.Metric, r.Scope, r.ScopeValue, r.Comparison, r.Threshold,
                r.WindowMinutes, r.Severity, r.NotifyShopOwner, r.RecipientRoles,
                [.. r.RecipientUserIds.Select(id => users.GetValueOrDefault(id, id))], r.Enabled, open.GetValueOrDefault(r.Id)))
            .ToList();
    }

    public async Task<AlertRuleChoices> ChoicesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shops = await db.Shops.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new { s.Code, s.Name, s.Platform, s.IsTmall }).ToListAsync(ct);
        var users = await Admin.ShopAdmin.UserChoicesAsync(db, ct);
        return new AlertRuleChoices([.. shops.Select(s => new AlertShopChoice(s.Code, s.Name, Storefronts.Of(s.Platform, s.IsTmall)))], users);
    }

    public async Task<AlertRuleForm?> EditFormAsync(long ruleId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await db.AlertRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ruleId, ct);
        return r is null ? null : new AlertRuleForm
        {
            Name = r.Name, Metric = r.Metric, Scope = r.Scope, ScopeValue = r.ScopeValue, Comparison = r.Comparison,
            Threshold = r.Threshold.ToString("0.####", CultureInfo.InvariantCulture), WindowMinutes = r.WindowMinutes,
            Severity = r.Severity, NotifyShopOwner = r.NotifyShopOwner, RecipientRoles = [.. r.RecipientRoles],
            RecipientUserIds = [.. r.RecipientUserIds], Enabled = r.Enabled,
        };
    }

    /// <summary>Creates the rule (no id) or replaces every setting of rule <paramref name="ruleId"/>; nothing is saved if any field is refused.</summary>
    public async Task<AlertRuleSaveResult> SaveAsync(long? ruleId, AlertRuleForm form, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var problems = new List<FieldProblem>();
        // Invariant on purpose: both languages write "0.05", and "0,05" must not quietly mean 5.
        if (!decimal.TryParse(form.Threshold.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var threshold))
            problems.Add(new FieldProblem(nameof(form.Threshold), ThresholdNotNumber, form.Threshold, $"'{form.Threshold}' is not a number."));

        var rule = ruleId is { } id ? await db.AlertRules.SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new DomainRuleException($"Alert rule {id} does not exist.") : null;
        var scopeValue = form.Scope == AlertScope.All ? "" : form.ScopeValue;
        try
        {
            if (rule is null)
                rule = new AlertRule(form.Name, form.Metric, form.Scope, scopeValue, form.Comparison, threshold, form.WindowMinutes,
                    form.Severity, form.NotifyShopOwner, form.RecipientRoles, form.RecipientUserIds, form.Enabled);
            else
                rule.Change(form.Name, form.Metric, form.Scope, scopeValue, form.Comparison, threshold, form.WindowMinutes, form.Severity,
                    form.NotifyShopOwner, form.RecipientRoles, form.RecipientUserIds, form.Enabled);
        }
        catch (DomainRuleException refused)
        {
            problems.AddRange(refused.Problems);
        }
        // The database's checks on the form's own values: every reason shows at once, also when the rule refused some.
        await CheckAsync(db, ruleId ?? 0, form.Name, form.Scope, scopeValue, form.RecipientUserIds, problems, ct);
        if (rule is null || problems.Count > 0) return new AlertRuleSaveResult(0, problems);
        if (rule.Id == 0) db.AlertRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return new AlertRuleSaveResult(rule.Id, problems);
    }

    public async Task SetEnabledAsync(long ruleId, bool enabled, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = await db.AlertRules.SingleAsync(r => r.Id == ruleId, ct);
        if (enabled) rule.Enable();
        else rule.Disable();
        await db.SaveChangesAsync(ct);
    }

    /// <exception cref="DomainRuleException">The first check that refused the rule.</exception>
    public async Task<AlertRule> AddAsync(AlertRule rule, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var problems = new List<FieldProblem>();
        await CheckAsync(db, rule.Id, rule.Name, rule.Scope, rule.ScopeValue, rule.RecipientUserIds, problems, ct);
        if (problems.Count > 0) throw new DomainRuleException(problems[0].Message, problems);
        db.AlertRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    private static async Task CheckAsync(OrderDeskDbContext db, long ruleId, string name, AlertScope scope, string scopeValue,
        IEnumerable<string> userIds, List<FieldProblem> problems, CancellationToken ct)
    {
        var names = await db.AlertRules.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        Add(AlertRule.NameTaken(ruleId, name, names.Select(n => (n.Id, n.Name))));
        var ids = userIds.Select(u => u.Trim()).Where(u => u.Length > 0).ToList();
        var known = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        Add(AlertRule.UnknownUser(ids, known.ToHashSet(StringComparer.Ordinal)));
        // A shop code that matches no shop would watch nothing, forever, without a word.
        scopeValue = scopeValue.Trim();
        if (scope == AlertScope.Shop && scopeValue.Length > 0 && !await db.Shops.AnyAsync(s => s.Code.ToLower() == scopeValue.ToLower(), ct))
            Add(new FieldProblem(nameof(AlertRule.ScopeValue), ShopUnknown, scopeValue, $"There is no shop '{scopeValue}'."));

        // One reason a field: the rule's own refusal comes first.
        void Add(FieldProblem? problem)
        {
            if (problem is not null && problems.All(p => p.Field != problem.Field)) problems.Add(problem);
        }
    }

    /// <summary>Seeds <see cref="AlertRule.DefaultShopFailures"/> when there is no rule at all.</summary>
    public async Task SeedDefaultAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.AlertRules.AnyAsync(ct)) return;
        db.AlertRules.Add(AlertRule.DefaultShopFailures());
        await db.SaveChangesAsync(ct);
    }
}
