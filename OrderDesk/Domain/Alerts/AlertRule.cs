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
/// people." Checks that need the database (unique name, existing users) are <see cref="EnsureUniqueName"/> and
/// <see cref="EnsureKnownUsers"/>, called by whoever saves the rule.
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
    public void Change(string name, AlertMetric metric, AlertScope scope, string? scopeValue, AlertComparison comparison,
        decimal threshold, int windowMinutes, NotificationSeverity severity, bool notifyShopOwner,
        IEnumerable<string>? roles, IEnumerable<string>? userIds, bool enabled)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw Refused("An alert rule needs a name.", nameof(Name), "NameRequired");
        if (name.Length > NameMaxLength) throw Refused($"An alert rule's name has at most {NameMaxLength} characters.", nameof(Name), "NameTooLong");
        if (!Enum.IsDefined(metric)) throw Refused($"Unknown metric '{metric}'.", nameof(Metric), "Unknown");
        if (!Enum.IsDefined(scope)) throw Refused($"Unknown scope '{scope}'.", nameof(Scope), "Unknown");
        if (!Enum.IsDefined(comparison)) throw Refused($"Unknown comparison '{comparison}'.", nameof(Comparison), "Unknown");
        if (!Enum.IsDefined(severity)) throw Refused($"Unknown severity '{severity}'.", nameof(Severity), "Unknown");
        scopeValue = (scopeValue ?? "").Trim();
        switch (scope)
        {
            case AlertScope.All when scopeValue.Length > 0:
                throw Refused("A rule over all shops takes no scope value.", nameof(ScopeValue), "ScopeValueNotAllowed");
            case AlertScope.Platform when !Enum.TryParse<Platform>(scopeValue, ignoreCase: true, out var platform) || !Enum.IsDefined(platform) || int.TryParse(scopeValue, out _):
                throw Refused($"'{scopeValue}' is not a platform (one of {string.Join(", ", Enum.GetNames<Platform>())}).", nameof(ScopeValue), "PlatformUnknown");
            case AlertScope.Platform:
                scopeValue = Enum.Parse<Platform>(scopeValue, ignoreCase: true).ToString();
                break;
        }
        if (threshold < 0) throw Refused("The threshold cannot be negative.", nameof(Threshold), "ThresholdNegative");
        if (metric == AlertMetric.FailureRate && threshold > 1) throw Refused("A failure rate threshold is a share between 0 and 1 (0.05 = 5%).", nameof(Threshold), "RateAboveOne");
        if (windowMinutes <= 0) throw Refused("The window must be at least one minute.", nameof(WindowMinutes), "WindowTooShort");
        if (windowMinutes > 7 * 24 * 60) throw Refused("The window can be at most one week (10080 minutes).", nameof(WindowMinutes), "WindowTooLong");
        var roleList = (roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknownRole = roleList.FirstOrDefault(r => !Roles.All.Contains(r));
        if (unknownRole is not null) throw Refused($"'{unknownRole}' is not a role (one of {string.Join(", ", Roles.All)}).", nameof(RecipientRoles), "RoleUnknown");
        var userList = (userIds ?? []).Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (!notifyShopOwner && roleList.Count == 0 && userList.Count == 0)
            throw Refused("An alert rule needs at least one recipient: the shop owner, a role or a user.", nameof(NotifyShopOwner), "RecipientsRequired");

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

    public string Describe() =>
        $"{Metric} {Comparison switch { AlertComparison.GreaterThan => ">", AlertComparison.GreaterOrEqual => "≥", _ => "<" }} {Threshold} within {WindowMinutes} min";

    /// <summary>Refuses a name another rule already has (case-insensitive).</summary>
    public void EnsureUniqueName(IEnumerable<(long Id, string Name)> rules)
    {
        if (rules.Any(r => r.Id != Id && string.Equals(r.Name.Trim(), Name, StringComparison.OrdinalIgnoreCase)))
            throw Refused($"There is already an alert rule named '{Name}'.", nameof(Name), "NameTaken");
    }

    /// <summary>Refuses a recipient user id that is not a known user.</summary>
    public void EnsureKnownUsers(IReadOnlySet<string> knownUserIds)
    {
        var unknown = RecipientUserIds.FirstOrDefault(u => !knownUserIds.Contains(u));
        if (unknown is not null) throw Refused($"Recipient '{unknown}' is not a user.", nameof(RecipientUserIds), "UserUnknown");
    }

    /// <summary>Every refusal names the field and a stable code, so the rule editor can show it next to the field.</summary>
    private static DomainRuleException Refused(string message, string field, string code) => new(message) { Field = field, Code = code };

    /// <summary>The rule seeded when there are none: more than 10 failures for a shop within one hour.</summary>
    public static AlertRule DefaultShopFailures() =>
        new("Shop failures", AlertMetric.Failures, AlertScope.Shop, "", AlertComparison.GreaterThan, 10, 60,
            NotificationSeverity.Warning, notifyShopOwner: true, roles: [Roles.OpsManager]);
}
