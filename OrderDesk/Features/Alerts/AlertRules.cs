using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Alerts;

namespace OrderDesk.Features.Alerts;

/// <summary>Saves alert rules after the checks that need the database (unique name, known users). For the editor to come.</summary>
public sealed class AlertRules(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public async Task<AlertRule> AddAsync(AlertRule rule, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await CheckAsync(db, rule, ct);
        db.AlertRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    public static async Task CheckAsync(OrderDeskDbContext db, AlertRule rule, CancellationToken ct)
    {
        var names = await db.AlertRules.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        rule.EnsureUniqueName(names.Select(n => (n.Id, n.Name)));
        var ids = rule.RecipientUserIds.ToList();
        var known = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        rule.EnsureKnownUsers(known.ToHashSet(StringComparer.Ordinal));
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
