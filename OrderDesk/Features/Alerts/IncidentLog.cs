using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Alerts;
using OrderDesk.Features.Orders;

namespace OrderDesk.Features.Alerts;

/// <summary>Reads incidents for the incidents list and an incident's page: newest first, with their rule and shop.</summary>
public sealed class IncidentLog(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public const int MaxPageSize = 100;

    public async Task<IncidentList> ListAsync(IncidentQuery query, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incidents = db.Incidents.AsNoTracking();
        if (query.State is { } state) incidents = incidents.Where(i => i.State == state);
        if (query.RuleId is { } ruleId) incidents = incidents.Where(i => i.RuleId == ruleId);
        if (query.Shop.Trim() is { Length: > 0 } shop) incidents = incidents.Where(i => i.ScopeKey.ToLower() == shop.ToLower());
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var total = await incidents.CountAsync(ct);
        var rows = await (from i in incidents
                          join r in db.AlertRules on i.RuleId equals r.Id
                          orderby i.Id descending // ids grow with opening time; cheaper than sorting the converted instant
                          select new IncidentRow(i.Id, r.Name, i.ScopeKey, i.State, i.Severity, i.OpenedAt, i.UpdatedAt, i.ResolvedAt,
                              i.LastValue, r.Metric))
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new IncidentList(rows, total, page, size);
    }

    /// <summary>Every rule by name, for the incidents filter.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> RulesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rules = await db.AlertRules.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        return [.. rules.Select(r => (r.Id, r.Name))];
    }

    public async Task<IncidentDetail?> LoadAsync(long incidentId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Incidents.AsNoTracking().Include(i => i.Events).SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return null;
        var rule = await db.AlertRules.AsNoTracking().SingleAsync(r => r.Id == incident.RuleId, ct);
        var shop = incident.ScopeKey == Incident.AllScope ? null : await db.Shops.AsNoTracking()
            .Where(s => s.Code == incident.ScopeKey)
            .Select(s => new { s.Id, s.Code, s.Name, s.Platform, s.IsTmall }).FirstOrDefaultAsync(ct);
        var link = $"/alerts/incidents/{incident.Id}";
        var notified = await db.Notifications.AsNoTracking().Where(n => n.Link == link && n.RecipientUserId != null)
            .Select(n => n.RecipientUserId!).ToListAsync(ct);
        var userIds = notified.Concat(incident.Events.Select(e => e.UserId).OfType<string>()).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName == "" ? u.Email! : u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        string? NameOf(string? id) => id is null ? null : names.GetValueOrDefault(id, id);

        return new IncidentDetail(incident.Id, incident.State, incident.Severity, incident.ScopeKey,
            shop is null ? null : new IncidentShop(shop.Id, shop.Code, shop.Name, Storefronts.Of(shop.Platform, shop.IsTmall)),
            rule.Id, rule.Name, rule.Metric, rule.Comparison, rule.Threshold, rule.WindowMinutes,
            incident.OpenedAt, incident.UpdatedAt, incident.ResolvedAt, incident.LastValue,
            NameOf(incident.AcknowledgedBy), incident.AcknowledgedAt, incident.AcknowledgeComment,
            [.. incident.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new IncidentEventView(e.Kind, e.At, e.Value, NameOf(e.UserId), e.Note))],
            [.. notified.Select(id => NameOf(id)!).Order()]);
    }
}
