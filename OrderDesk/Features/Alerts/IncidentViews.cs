using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Notifications;
using OrderDesk.Features.Orders;

namespace OrderDesk.Features.Alerts;

/// <summary>The incidents screen's filters; empty means "any".</summary>
public sealed record IncidentQuery(IncidentState? State = null, long? RuleId = null, string Shop = "", int Page = 1, int PageSize = 25);

public sealed record IncidentRow(long Id, string RuleName, string ScopeKey, IncidentState State, NotificationSeverity Severity,
    DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ResolvedAt, decimal LastValue, AlertMetric Metric);

public sealed record IncidentList(IReadOnlyList<IncidentRow> Rows, int Total, int Page, int PageSize);

/// <summary>The shop an incident is about (none for a rule over all shops together).</summary>
public sealed record IncidentShop(long Id, string Code, string Name, Storefront Storefront);

public sealed record IncidentEventView(IncidentEventKind Kind, DateTimeOffset At, decimal? Value, string? UserName, string Note);

public sealed record IncidentDetail(
    long Id, IncidentState State, NotificationSeverity Severity, string ScopeKey, IncidentShop? Shop,
    long RuleId, string RuleName, AlertMetric Metric, AlertComparison Comparison, decimal Threshold, int WindowMinutes,
    DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ResolvedAt, decimal LastValue,
    string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string AcknowledgeComment,
    IReadOnlyList<IncidentEventView> Timeline, IReadOnlyList<string> Notified);
