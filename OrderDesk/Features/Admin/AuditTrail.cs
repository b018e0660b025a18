using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Admin;

/// <summary>Reads the audit trail for the admin screen, newest first, one page at a time.</summary>
public sealed class AuditTrail(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeDisplay time)
{
    /// <summary>Every entity type that can appear in the trail, from the code rather than a scan of the table.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = typeof(IAudited).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAudited).IsAssignableFrom(t))
        .Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

    public async Task<AuditResult> SearchAsync(AuditQuery query, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType)) entries = entries.Where(a => a.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            var id = query.EntityId.Trim();
            entries = entries.Where(a => a.EntityId == id);
        }
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            // LIKE ignores ASCII case in SQLite, so "Admin" finds admin@…; the user's own % and _ are literal.
            var pattern = "%" + query.User.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
            entries = entries.Where(a => EF.Functions.Like(a.UserName, pattern, @"\"));
        }
        if (query.From is { } from)
        {
            var start = time.StartOfDay(from);
            entries = entries.Where(a => a.At >= start);
        }
        if (query.To is { } to)
        {
            var end = time.StartOfDay(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Changes))
            .ToListAsync(ct);
        return new AuditResult(rows, total);
    }
}
