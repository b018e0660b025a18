using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Notifications;

namespace OrderDesk.Features.Notifications;

/// <summary>
/// One person's notifications: their own and those addressed to one of their roles. <see cref="Notifier"/> fans
/// role messages out per user, so role-addressed rows are rare (older or written directly); such a row has one
/// ReadAt, and reading it marks it read for the whole role.
/// </summary>
public sealed class NotificationCenter(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock, NotificationFeed feed)
{
    public const int MaxPageSize = 100;

    public async Task<int> UnreadCountAsync(NotificationReader reader, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await For(db, reader).CountAsync(n => n.ReadAt == null, ct);
    }

    public async Task<NotificationPage> ListAsync(NotificationReader reader, NotificationQuery query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matching = For(db, reader);
        if (query.UnreadOnly) matching = matching.Where(n => n.ReadAt == null);
        if (query.Severity is { } severity) matching = matching.Where(n => n.Severity == severity);
        var total = await matching.CountAsync(ct);
        var rows = await matching
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(n => new NotificationRow(n.Id, n.Severity, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new NotificationPage(rows, total, page, size);
    }

    /// <summary>Marks one of the reader's notifications read; false when it is not theirs (or does not exist).</summary>
    public async Task<bool> MarkReadAsync(NotificationReader reader, long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notification = await For(db, reader).AsTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notification is null) return false;
        if (!notification.IsRead)
        {
            notification.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            Changed(reader, notification);
        }
        return true;
    }

    public async Task<int> MarkAllReadAsync(NotificationReader reader, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unread = await For(db, reader).AsTracking().Where(n => n.ReadAt == null).ToListAsync(ct);
        if (unread.Count == 0) return 0;
        var now = clock.GetUtcNow();
        foreach (var notification in unread) notification.MarkRead(now);
        await db.SaveChangesAsync(ct);
        // The reader's other tabs (and, for role rows, the role) see the badge drop.
        feed.Published([reader.UserId], unread.Where(n => n.RecipientRole != null).Select(n => n.RecipientRole!).Distinct());
        return unread.Count;
    }

    private void Changed(NotificationReader reader, Notification notification) =>
        feed.Published([reader.UserId], notification.RecipientRole is { } role ? [role] : []);

    private static IQueryable<Notification> For(OrderDeskDbContext db, NotificationReader reader)
    {
        var roles = reader.Roles.ToList();
        return db.Notifications.AsNoTracking()
            .Where(n => n.RecipientUserId == reader.UserId || (n.RecipientRole != null && roles.Contains(n.RecipientRole)));
    }
}
