using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Notifications;

namespace OrderDesk.Features.Alerts;

/// <summary>
/// Tells people in the app about a newly opened incident, in the evaluation's transaction. E-mail and webhook are
/// <see cref="Channels.IAlertChannel"/>s, sent afterwards by <see cref="Channels.AlertDeliveries"/>.
/// </summary>
public interface IAlertNotifier
{
    /// <summary>
    /// Adds whatever it writes to <paramref name="db"/> (saved with the incident by the caller) and returns the
    /// distinct user ids it notified.
    /// </summary>
    Task<IReadOnlyList<string>> IncidentOpenedAsync(OrderDeskDbContext db, AlertRule rule, Incident incident,
        string? shopOwnerUserId, string scopeLabel, DateTimeOffset now, CancellationToken ct);
}

/// <summary>
/// In-app notifications: one <see cref="Notification.ToUser"/> row per distinct recipient — the shop's owner if the
/// rule says so, every user in each of the rule's roles, and the listed users that still exist.
/// </summary>
public sealed class AlertNotifications : IAlertNotifier
{
    public async Task<IReadOnlyList<string>> IncidentOpenedAsync(OrderDeskDbContext db, AlertRule rule, Incident incident,
        string? shopOwnerUserId, string scopeLabel, DateTimeOffset now, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(db, rule, shopOwnerUserId, ct);
        var title = $"Alert: {rule.Name} ({scopeLabel})";
        var body = $"{rule.Describe()}; current value {incident.LastValue:0.####}.";
        var link = Link(incident.Id);
        foreach (var userId in recipients)
            db.Notifications.Add(Notification.ToUser(userId, rule.Severity, title, body, link, now));
        return recipients;
    }

    public static string Link(long incidentId) => $"/alerts/incidents/{incidentId}";

    public static Task<IReadOnlyList<string>> RecipientsAsync(OrderDeskDbContext db, AlertRule rule, string? shopOwnerUserId, CancellationToken ct) =>
        Notifications.Notifier.RecipientsAsync(db,
            rule.RecipientUserIds.Prepend(rule.NotifyShopOwner ? shopOwnerUserId ?? "" : ""), rule.RecipientRoles, ct);
}
