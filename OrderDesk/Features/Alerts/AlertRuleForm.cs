using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Notifications;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Orders;

namespace OrderDesk.Features.Alerts;

/// <summary>
/// What the rule editor edits. The threshold stays text until saved, so "12,5" or "ten" is refused next to the field
/// instead of silently becoming 0.
/// </summary>
public sealed class AlertRuleForm
{
    public string Name { get; set; } = "";
    public AlertMetric Metric { get; set; } = AlertMetric.Failures;
    public AlertScope Scope { get; set; } = AlertScope.Shop;
    /// <summary>Platform name or shop code; empty for all shops (or every shop one by one).</summary>
    public string ScopeValue { get; set; } = "";
    public AlertComparison Comparison { get; set; } = AlertComparison.GreaterThan;
    public string Threshold { get; set; } = "10";
    public int WindowMinutes { get; set; } = 60;
    public NotificationSeverity Severity { get; set; } = NotificationSeverity.Warning;
    public bool NotifyShopOwner { get; set; } = true;
    public IReadOnlyCollection<string> RecipientRoles { get; set; } = [];
    public IReadOnlyCollection<string> RecipientUserIds { get; set; } = [];
    public bool Enabled { get; set; } = true;
}

/// <summary>Saved (an id), or every refused field with a code the page turns into text in the reader's language.</summary>
public sealed record AlertRuleSaveResult(long RuleId, IReadOnlyList<FieldProblem> Problems)
{
    public bool Saved => Problems.Count == 0;
}

public sealed record AlertRuleRow(
    long Id, string Name, AlertMetric Metric, AlertScope Scope, string ScopeValue, AlertComparison Comparison,
    decimal Threshold, int WindowMinutes, NotificationSeverity Severity, bool NotifyShopOwner,
    IReadOnlyList<string> RecipientRoles, IReadOnlyList<string> RecipientUsers, bool Enabled, int OpenIncidents);

public sealed record AlertShopChoice(string Code, string Name, Storefront Storefront);


public sealed record AlertRuleChoices(IReadOnlyList<AlertShopChoice> Shops, IReadOnlyList<Admin.UserChoice> Users);
