using OrderDesk.Domain.Notifications;

namespace OrderDesk.Features.Alerts.Channels;

/// <summary>
/// One incident event as the outside channels see it. Built afresh on each attempt from the incident's timeline,
/// so a retry sends the same content; <see cref="DeliveryId"/> is the same across retries so receivers can dedupe.
/// </summary>
public sealed record AlertMessage(
    string DeliveryId,
    string Event,
    long IncidentId,
    string Rule,
    string Condition,
    string Scope,
    NotificationSeverity Severity,
    decimal? Value,
    decimal Threshold,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt,
    string Url,
    IReadOnlyList<string> RecipientEmails)
{
    public const string Opened = "incident.opened";
    public const string Resolved = "incident.resolved";

    public bool IsResolved => Event == Resolved;
}
