using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Notifications;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Alerts;

public sealed class AlertRuleTests
{
    private static AlertRule Rule(string name = "Failures", decimal threshold = 10, int window = 60, AlertScope scope = AlertScope.Shop,
        string scopeValue = "", IEnumerable<string>? users = null, bool owner = true, IEnumerable<string>? roles = null) =>
        new(name, AlertMetric.Failures, scope, scopeValue, AlertComparison.GreaterThan, threshold, window,
            NotificationSeverity.Warning, owner, roles, users);

    [Fact]
    public void NegativeThreshold_IsRefused() =>
        Assert.Equal("The threshold cannot be negative.", Assert.Throws<DomainRuleException>(() => Rule(threshold: -1)).Message);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void WindowNotPositive_IsRefused(int window) =>
        Assert.Equal("The window must be at least one minute.", Assert.Throws<DomainRuleException>(() => Rule(window: window)).Message);

    [Fact]
    public void DuplicateName_IgnoringCase_IsRefused()
    {
        var problem = AlertRule.NameTaken(0, "Shop failures", [(7, "shop FAILURES ")]);

        Assert.Equal(("Name", "NameTaken", "There is already an alert rule named 'Shop failures'."), (problem?.Field, problem?.Code, problem?.Message));
        Assert.Null(AlertRule.NameTaken(0, "Shop failures", [(7, "Other")]));
        Assert.Null(AlertRule.NameTaken(7, "Shop failures", [(7, "Shop failures")])); // its own name
    }

    [Fact]
    public void UnknownUserRecipient_IsRefused()
    {
        var problem = AlertRule.UnknownUser(["u-1", "u-404"], new HashSet<string> { "u-1" });

        Assert.Equal(("RecipientUserIds", "UserUnknown", "Recipient 'u-404' is not a user."), (problem?.Field, problem?.Code, problem?.Message));
        Assert.Null(AlertRule.UnknownUser(["u-1"], new HashSet<string> { "u-1" }));
    }

    [Fact]
    public void EmptyName_UnknownRole_BadPlatform_NoRecipient_AreRefused()
    {
        Assert.Equal("An alert rule needs a name.", Assert.Throws<DomainRuleException>(() => Rule(name: " ")).Message);
        Assert.Contains("'Cook' is not a role", Assert.Throws<DomainRuleException>(() => Rule(roles: ["Cook"])).Message);
        Assert.Contains("'Amazon' is not a platform", Assert.Throws<DomainRuleException>(() => Rule(scope: AlertScope.Platform, scopeValue: "Amazon")).Message);
        Assert.Contains("at least one recipient", Assert.Throws<DomainRuleException>(() => Rule(owner: false)).Message);
    }

    [Fact]
    public void Default_IsMoreThanTenFailuresPerShopInAnHour_ToOwnerAndOpsManagers()
    {
        var rule = AlertRule.DefaultShopFailures();

        Assert.Equal(("Shop failures", AlertMetric.Failures, AlertScope.Shop, 10m, 60), (rule.Name, rule.Metric, rule.Scope, rule.Threshold, rule.WindowMinutes));
        Assert.True(rule.NotifyShopOwner);
        Assert.Equal([Roles.OpsManager], rule.RecipientRoles);
        Assert.False(rule.Holds(10));
        Assert.True(rule.Holds(11));
    }

    [Fact]
    public void Incident_Acknowledge_Twice_IsRefused_AndResolvedDoesNotChange()
    {
        var incident = Incident.Open(Rule(), "tb-1", 11, DateTimeOffset.UnixEpoch);
        incident.Acknowledge("u-1", "looking", DateTimeOffset.UnixEpoch);

        Assert.Throws<DomainRuleException>(() => incident.Acknowledge("u-2", "", DateTimeOffset.UnixEpoch));
        incident.Resolve(3, DateTimeOffset.UnixEpoch);
        Assert.Throws<DomainRuleException>(() => incident.StillFiring(12, DateTimeOffset.UnixEpoch));
        Assert.Equal([IncidentEventKind.Opened, IncidentEventKind.Acknowledged, IncidentEventKind.Resolved], incident.Events.Select(e => e.Kind));
    }
}
