using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Notifications;

namespace OrderDesk.Features.Notifications;

/// <summary>
/// Sends notifications. Roles are expanded to their members at send time and every distinct person gets their own
/// row, so each has their own read state; someone who joins a role later does not see older messages.
/// </summary>
public sealed class Notifier(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock, NotificationFeed feed)
{
    /// <returns>How many people were notified (zero when the roles have no members).</returns>
    public async Task<int> SendAsync(IEnumerable<string> userIds, IEnumerable<string> roles, NotificationSeverity severity,
        string title, string body, string link, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recipients = await RecipientsAsync(db, userIds, roles, ct);
        if (recipients.Count == 0) return 0;

        var now = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Select(id => Notification.ToUser(id, severity, title, body, link, now)));
        await db.SaveChangesAsync(ct);
        feed.Published(recipients, []);
        return recipients.Count;
    }

    /// <summary>Every distinct, existing user among <paramref name="userIds"/> and the members of <paramref name="roles"/>.</summary>
    public static async Task<IReadOnlyList<string>> RecipientsAsync(OrderDeskDbContext db, IEnumerable<string> userIds,
        IEnumerable<string> roles, CancellationToken ct)
    {
        var roleNames = roles.Distinct().ToList();
        var members = roleNames.Count == 0 ? [] : await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where roleNames.Contains(role.Name!)
            select userRole.UserId).ToListAsync(ct);
        var wanted = userIds.Concat(members).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        // Only people who still exist: a deleted user or shop owner gets nothing.
        var existing = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        return wanted.Where(existing.Contains).ToList();
    }
}
