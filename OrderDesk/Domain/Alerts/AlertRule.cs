using OrderDesk.Domain.Notifications;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Alerts;

/// <summary>What an alert rule measures over its window (read from the per-minute channel stats, never the orders).</summary>
public enum AlertMetric
{
    /// <summary>Processing failures plus failed pull calls.</summary>
    Failures,
    /// <summary>Failures divided by messages received plus pulls made (0–1).</summary>
    FailureRate,
    Quarantined,
    P95LatencyMs,
    /// <summary>Pending inbox messages right now (the window does not apply).</summary>
    Backlog,
    MinutesSinceLastSuccessfulPull,
    Backfilled,
}

/// <summary>Which shops a rule watches: all together, each shop of one platform, or each shop (one, or every one).</summary>
public enum AlertScope
{
    All,
    Platform,
    Shop,
}

public enum AlertComparison
{
    GreaterThan,
    GreaterOrEqual,
    LessThan,
}

/// <summary>
/// "When <see cref="Metric"/> over the last <see cref="WindowMinutes"/> is above <see cref="Threshold"/>, tell these
/// people." Checks that need the database (unique name, existing users) are <see cref="NameTaken"/> and
/// <see cref="UnknownUser"/>, asked by whoever saves the rule about the values it is about to save.
/// </summary>
public sealed class AlertRule : IAudited
{
    public const int NameMaxLength = 100;

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public AlertMetric Metric { get; private set; }
    public AlertScope Scope { get; private set; }
    /// <summary>Platform name for <see cref="AlertScope.Platform"/>; shop code for <see cref="AlertScope.Shop"/> (empty: every shop).</summary>
    public string ScopeValue { get; private set; } = "";
    public AlertComparison Comparison { get; private set; }
    public decimal Threshold { get; private set; }
    public int WindowMinutes { get; private set; }
    public NotificationSeverity Severity { get; private set; }
    public bool NotifyShopOwner { get; private set; }
    public List<string> RecipientRoles { get; private set; } = [];
    public List<string> RecipientUserIds { get; private set; } = [];
    public bool Enabled { get; private set; }

    private AlertRule() { }

    public AlertRule(string name, AlertMetric metric, AlertScope scope, string? scopeValue, AlertComparison comparison,
        decimal threshold, int windowMinutes, NotificationSeverity severity, bool notifyShopOwner,
        IEnumerable<string>? roles = null, IEnumerable<string>? userIds = null, bool enabled = true) =>
        Change(name, metric, scope, scopeValue, comparison, threshold, windowMinutes, severity, notifyShopOwner, roles, userIds, enabled);

    /// <summary>Replaces every setting at once; nothing changes if any field is refused.</summary>
    /// <exception cref="DomainRuleException">Names every refused field (the first reason for each) and why.</exception>
    public void Change(string name, AlertMetric metric, AlertScope scope, string? scopeValue, AlertComparison comparison,
        decimal threshold, int windowMinutes, NotificationSeverity severity, bool notifyShopOwner,
        IEnumerable<string>? roles, IEnumerable<string>? userIds, bool enabled)
    {
        var problems = new List<FieldProblem>();
        void Refuse(string field, string code, string message)
        {
            if (problems.All(p => p.Field != field)) problems.Add(new FieldProblem(field, code, "", message));
        }

        name = (name ?? "").Trim();
        if (name.Length == 0) Refuse(nameof(Name), "NameRequired", "An alert rule needs a name.");
        if (name.Length > NameMaxLength) Refuse(nameof(Name), "NameTooLong", $"An alert rule's name has at most {NameMaxLength} characters.");
        if (!Enum.IsDefined(metric)) Refuse(nameof(Metric), "Unknown", $"Unknown metric '{metric}'.");
        if (!Enum.IsDefined(scope)) Refuse(nameof(Scope), "Unknown", $"Unknown scope '{scope}'.");
        if (!Enum.IsDefined(comparison)) Refuse(nameof(Comparison), "Unknown", $"Unknown comparison '{comparison}'.");
        if (!Enum.IsDefined(severity)) Refuse(nameof(Severity), "Unknown", $"Unknown severity '{severity}'.");
        scopeValue = (scopeValue ?? "").Trim();
        switch (scope)
        {
            case AlertScope.All when scopeValue.Length > 0:
                Refuse(nameof(ScopeValue), "ScopeValueNotAllowed", "A rule over all shops takes no scope value.");
                break;
            case AlertScope.Platform when !Enum.TryParse<Platform>(scopeValue, ignoreCase: true, out var platform) || !Enum.IsDefined(platform) || int.TryParse(scopeValue, out _):
                Refuse(nameof(ScopeValue), "PlatformUnknown", $"'{scopeValue}' is not a platform (one of {string.Join(", ", Enum.GetNames<Platform>())}).");
                break;
            case AlertScope.Platform:
                scopeValue = Enum.Parse<Platform>(scopeValue, ignoreCase: true).ToString();
                break;
        }
        if (threshold < 0) Refuse(nameof(Threshold), "ThresholdNegative", "The threshold cannot be negative.");
        if (metric == AlertMetric.FailureRate && threshold > 1) Refuse(nameof(Threshold), "RateAboveOne", "A failure rate threshold is a share between 0 and 1 (0.05 = 5%).");
        if (windowMinutes <= 0) Refuse(nameof(WindowMinutes), "WindowTooShort", "The window must be at least one minute.");
        if (windowMinutes > 7 * 24 * 60) Refuse(nameof(WindowMinutes), "WindowTooLong", "The window can be at most one week (10080 minutes).");
        var roleList = (roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknownRole = roleList.FirstOrDefault(r => !Roles.All.Contains(r));
        if (unknownRole is not null) Refuse(nameof(RecipientRoles), "RoleUnknown", $"'{unknownRole}' is not a role (one of {string.Join(", ", Roles.All)}).");
        var userList = (userIds ?? []).Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (!notifyShopOwner && roleList.Count == 0 && userList.Count == 0)
            Refuse(nameof(NotifyShopOwner), "RecipientsRequired", "An alert rule needs at least one recipient: the shop owner, a role or a user.");
        if (problems.Count > 0) throw new DomainRuleException(string.Join(" ", problems.Select(p => p.Message)), problems);

        Name = name;
        Metric = metric;
        Scope = scope;
        ScopeValue = scopeValue;
        Comparison = comparison;
        Threshold = threshold;
        WindowMinutes = windowMinutes;
        Severity = severity;
        NotifyShopOwner = notifyShopOwner;
        RecipientRoles = roleList;
        RecipientUserIds = userList;
        Enabled = enabled;
    }

    public void Enable() => Enabled = true;
    public void Disable() => Enabled = false;

    public bool Holds(decimal value) => Comparison switch
    {
        AlertComparison.GreaterThan => value > Threshold,
        AlertComparison.GreaterOrEqual => value >= Threshold,
        AlertComparison.LessThan => value < Threshold,
        _ => false,
    };

    public string Describe() => $"{Metric} {Symbol(Comparison)} {Threshold} within {WindowMinutes} min";

    public static string Symbol(AlertComparison comparison) => comparison switch
    {
        AlertComparison.GreaterThan => ">",
        AlertComparison.GreaterOrEqual => "≥",
        _ => "<",
    };

    /// <summary>A name another rule already has (case-insensitive) is refused; <paramref name="ruleId"/> is 0 for a new rule.</summary>
    public static FieldProblem? NameTaken(long ruleId, string name, IEnumerable<(long Id, string Name)> rules)
    {
        name = (name ?? "").Trim();
        return name.Length > 0 && rules.Any(r => r.Id != ruleId && string.Equals(r.Name.Trim(), name, StringComparison.OrdinalIgnoreCase))
            ? new FieldProblem(nameof(Name), "NameTaken", name, $"There is already an alert rule named '{name}'.")
            : null;
    }

    /// <summary>A recipient user id that is not a known user is refused.</summary>
    public static FieldProblem? UnknownUser(IEnumerable<string> userIds, IReadOnlySet<string> knownUserIds) =>
        userIds.FirstOrDefault(u => !knownUserIds.Contains(u)) is { } unknown
            ? new FieldProblem(nameof(RecipientUserIds), "UserUnknown", unknown, $"Recipient '{unknown}' is not a user.")
            : null;

    /// <summary>The rule seeded when there are none: more than 10 failures for a shop within one hour.</summary>
    public static AlertRule DefaultShopFailures() =>
        new("Shop failures", AlertMetric.Failures, AlertScope.Shop, "", AlertComparison.GreaterThan, 10, 60,
            NotificationSeverity.Warning, notifyShopOwner: true, roles: [Roles.OpsManager]);
}
