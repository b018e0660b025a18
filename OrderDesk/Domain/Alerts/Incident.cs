using OrderDesk.Domain.Notifications;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Alerts;

public enum IncidentState
{
    Open,
    Acknowledged,
    Resolved,
}

public enum IncidentEventKind
{
    Opened,
    Updated,
    Acknowledged,
    Resolved,
    NotificationSent,
    /// <summary>An outside channel (e-mail, webhook) delivered it or gave up; the note says which.</summary>
    ChannelDelivered,
}

/// <summary>
/// One stretch of time in which a rule's condition held for one scope (a shop code, or "all"). At most one
/// unresolved incident per rule and scope: the database enforces it.
/// </summary>
public sealed class Incident
{
    public const string AllScope = "all";

    private readonly List<IncidentEvent> _events = [];

    public long Id { get; private set; }
    public long RuleId { get; private set; }
    public string ScopeKey { get; private set; } = "";
    public IncidentState State { get; private set; }
    public NotificationSeverity Severity { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public decimal LastValue { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public string AcknowledgeComment { get; private set; } = "";
    public DateTimeOffset? ResolvedAt { get; private set; }
    public IReadOnlyList<IncidentEvent> Events => _events;

    public bool IsResolved => State == IncidentState.Resolved;

    private Incident() { }

    public static Incident Open(AlertRule rule, string scopeKey, decimal value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(scopeKey)) throw new DomainRuleException("An incident needs a scope.");
        var incident = new Incident
        {
            RuleId = rule.Id, ScopeKey = scopeKey, State = IncidentState.Open, Severity = rule.Severity,
            OpenedAt = now, UpdatedAt = now, LastValue = value,
        };
        incident._events.Add(new IncidentEvent(IncidentEventKind.Opened, now, value, null, $"{rule.Name}: {rule.Describe()}"));
        return incident;
    }

    /// <summary>The condition still holds. Records an event only when the value moved, so the timeline stays readable.</summary>
    public void StillFiring(decimal value, DateTimeOffset now)
    {
        if (IsResolved) throw new DomainRuleException("A resolved incident does not change.");
        UpdatedAt = now;
        if (value == LastValue) return;
        LastValue = value;
        _events.Add(new IncidentEvent(IncidentEventKind.Updated, now, value, null, ""));
    }

    public void Acknowledge(string userId, string? comment, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new DomainRuleException("Who acknowledges the incident?");
        if (IsResolved) throw new DomainRuleException("The incident is already resolved.");
        if (State == IncidentState.Acknowledged) throw new DomainRuleException($"The incident was already acknowledged by {AcknowledgedBy}.");
        comment = (comment ?? "").Trim();
        if (comment.Length > 2000) throw new DomainRuleException("A comment has at most 2000 characters.");
        State = IncidentState.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedBy = userId;
        AcknowledgeComment = comment;
        _events.Add(new IncidentEvent(IncidentEventKind.Acknowledged, now, null, userId, comment));
    }

    public void Resolve(decimal? value, DateTimeOffset now)
    {
        if (IsResolved) return;
        State = IncidentState.Resolved;
        ResolvedAt = now;
        UpdatedAt = now;
        if (value is { } v) LastValue = v;
        _events.Add(new IncidentEvent(IncidentEventKind.Resolved, now, value, null, "The condition no longer holds."));
    }

    public void NotificationsSent(IReadOnlyCollection<string> userIds, DateTimeOffset now) =>
        _events.Add(new IncidentEvent(IncidentEventKind.NotificationSent, now, null, null,
            userIds.Count == 0 ? "Nobody to notify." : $"Notified {userIds.Count} user(s): {string.Join(", ", userIds)}"));

    /// <summary>
    /// What an outside channel (e-mail, webhook) did with this incident, delivered or given up: recorded after the
    /// fact, so also on a resolved incident.
    /// </summary>
    public void ChannelDelivery(string note, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new DomainRuleException("A delivery needs a note.");
        _events.Add(new IncidentEvent(IncidentEventKind.ChannelDelivered, now, null, null, note));
    }
}

/// <summary>One line of an incident's timeline.</summary>
public sealed class IncidentEvent
{
    public long Id { get; private set; }
    public long IncidentId { get; private set; }
    public IncidentEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public decimal? Value { get; private set; }
    public string? UserId { get; private set; }
    public string Note { get; private set; } = "";

    private IncidentEvent() { }

    internal IncidentEvent(IncidentEventKind kind, DateTimeOffset at, decimal? value, string? userId, string note)
    {
        Kind = kind;
        At = at;
        Value = value;
        UserId = userId;
        Note = note.Length > 2000 ? note[..2000] : note;
    }
}
