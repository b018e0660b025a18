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
        var problems = new Dictionary<string, AlertRuleProblem>();
        // Invariant on purpose: both languages write "0.05", and "0,05" must not quietly mean 5.
        if (!decimal.TryParse(form.Threshold.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var threshold))
            problems[nameof(form.Threshold)] = new AlertRuleProblem(ThresholdNotNumber, $"'{form.Threshold}' is not a number.");

        var rule = ruleId is { } id ? await db.AlertRules.SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new DomainRuleException($"Alert rule {id} does not exist.") : null;
        var candidate = new Candidate(form, threshold);
        // The rule refuses its first bad field only; standing in a harmless value for each refused field and asking
        // again finds the others, so the form shows every reason at once instead of one per save.
        for (var tries = 0; tries < 8; tries++)
        {
            try
            {
                rule = candidate.Apply(rule);
                break;
            }
            catch (DomainRuleException refused) when (refused.Field is not null)
            {
                problems.TryAdd(refused.Field, new AlertRuleProblem(refused.Code ?? "", refused.Message));
                if (!candidate.StandIn(refused.Field)) break;
            }
        }
        if (rule is null) return new AlertRuleSaveResult(0, problems);

        await CheckAsync(db, rule, problems, ct);
        if (problems.Count > 0) return new AlertRuleSaveResult(0, problems);
        if (rule.Id == 0) db.AlertRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return new AlertRuleSaveResult(rule.Id, problems);
    }

    /// <summary>The form's values on their way into <see cref="AlertRule"/>, with stand-ins for the fields already refused.</summary>
    private sealed class Candidate(AlertRuleForm form, decimal threshold)
    {
        private string _name = form.Name;
        private string _scopeValue = form.Scope == AlertScope.All ? "" : form.ScopeValue;
        private decimal _threshold = threshold;
        private int _window = form.WindowMinutes;
        private bool _owner = form.NotifyShopOwner;
        private IReadOnlyCollection<string> _roles = form.RecipientRoles;

        public AlertRule Apply(AlertRule? rule)
        {
            if (rule is null)
                return new AlertRule(_name, form.Metric, form.Scope, _scopeValue, form.Comparison, _threshold, _window, form.Severity,
                    _owner, _roles, form.RecipientUserIds, form.Enabled);
            rule.Change(_name, form.Metric, form.Scope, _scopeValue, form.Comparison, _threshold, _window, form.Severity,
                _owner, _roles, form.RecipientUserIds, form.Enabled);
            return rule;
        }

        /// <summary>False when there is no harmless value for the field: the first refusal is then all the form shows.</summary>
        public bool StandIn(string field)
        {
            switch (field)
            {
                case nameof(AlertRule.Name): _name = "-"; break;
                case nameof(AlertRule.ScopeValue): _scopeValue = form.Scope == AlertScope.Platform ? nameof(Platform.Taobao) : ""; break;
                case nameof(AlertRule.Threshold): _threshold = 0; break;
                case nameof(AlertRule.WindowMinutes): _window = 1; break;
                case nameof(AlertRule.RecipientRoles): _roles = []; _owner = true; break;
                case nameof(AlertRule.NotifyShopOwner): _owner = true; break;
                default: return false;
            }
            return true;
        }
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
        var problems = new Dictionary<string, AlertRuleProblem>();
        await CheckAsync(db, rule, problems, ct);
        if (problems.Count > 0) throw new DomainRuleException(problems.Values.First().Message);
        db.AlertRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    private static async Task CheckAsync(OrderDeskDbContext db, AlertRule rule, Dictionary<string, AlertRuleProblem> problems, CancellationToken ct)
    {
        var names = await db.AlertRules.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        Refusable(problems, () => rule.EnsureUniqueName(names.Select(n => (n.Id, n.Name))));
        var ids = rule.RecipientUserIds.ToList();
        var known = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        Refusable(problems, () => rule.EnsureKnownUsers(known.ToHashSet(StringComparer.Ordinal)));
        // A shop code that matches no shop would watch nothing, forever, without a word.
        if (rule is { Scope: AlertScope.Shop, ScopeValue.Length: > 0 }
            && !await db.Shops.AnyAsync(s => s.Code.ToLower() == rule.ScopeValue.ToLower(), ct))
            problems[nameof(AlertRule.ScopeValue)] = new AlertRuleProblem(ShopUnknown, $"There is no shop '{rule.ScopeValue}'.");
    }

    private static void Refusable(Dictionary<string, AlertRuleProblem> problems, Action check)
    {
        try
        {
            check();
        }
        catch (DomainRuleException refused) when (refused.Field is not null)
        {
            problems.TryAdd(refused.Field, new AlertRuleProblem(refused.Code ?? "", refused.Message));
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
