using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Alerts;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>
/// The seeded default rule ("Shop failures": more than 10 in 60 minutes, to the owner and OpsManagers) against real
/// SQLite. Each test works on its own shop, years after the demo data, with the clock it controls.
/// </summary>
public sealed class AlertEvaluatorTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AlertEvaluator Evaluator => app.Get<AlertEvaluator>();

    private Task<(long ShopId, string Owner)> ShopAsync(string code, int year) =>
        AlertScenario.ShopAsync(app, code, new DateTimeOffset(year, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private Task<List<string>> OpsManagersAsync() => AlertScenario.OpsManagersAsync(app);

    private Task FailuresAsync(long shopId, int failures, int minutesAgo) => AlertScenario.FailuresAsync(app, shopId, failures, minutesAgo);

    private async Task<List<Incident>> IncidentsAsync(string code)
    {
        await using var db = await app.DbAsync();
        return await db.Incidents.Include(i => i.Events).Where(i => i.ScopeKey == code).OrderBy(i => i.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task DefaultRule_TenFailures_DoesNotFire_ElevenDoes()
    {
        var (shopId, _) = await ShopAsync("al-ten", 2031);
        await FailuresAsync(shopId, 6, minutesAgo: 50);
        await FailuresAsync(shopId, 4, minutesAgo: 5);

        await Evaluator.EvaluateAsync(Ct);
        Assert.Empty(await IncidentsAsync("al-ten"));

        await FailuresAsync(shopId, 1, minutesAgo: 1);
        await Evaluator.EvaluateAsync(Ct);

        var incident = Assert.Single(await IncidentsAsync("al-ten"));
        Assert.Equal((IncidentState.Open, 11m), (incident.State, incident.LastValue));
    }

    [Fact]
    public async Task KeepsFiring_OneIncidentUpdated_ThenResolvesWhenWindowNoLongerHoldsEleven()
    {
        var (shopId, _) = await ShopAsync("al-life", 2032);
        await FailuresAsync(shopId, 12, minutesAgo: 30);

        await Evaluator.EvaluateAsync(Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await Evaluator.EvaluateAsync(Ct);
        await FailuresAsync(shopId, 3, minutesAgo: 0);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await Evaluator.EvaluateAsync(Ct);
        await Evaluator.EvaluateAsync(Ct);

        var incident = Assert.Single(await IncidentsAsync("al-life"));
        Assert.Equal((IncidentState.Open, 15m), (incident.State, incident.LastValue));
        Assert.Equal(app.Clock.GetUtcNow(), incident.UpdatedAt);
        Assert.Equal([IncidentEventKind.Opened, IncidentEventKind.NotificationSent, IncidentEventKind.Updated],
            incident.Events.OrderBy(e => e.Id).Select(e => e.Kind));

        // 30 minutes on, the 12 failures fall out of the 60-minute window; 3 remain.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await Evaluator.EvaluateAsync(Ct);

        incident = Assert.Single(await IncidentsAsync("al-life"));
        Assert.Equal((IncidentState.Resolved, app.Clock.GetUtcNow(), 3m), (incident.State, incident.ResolvedAt, incident.LastValue));
        Assert.Equal(IncidentEventKind.Resolved, incident.Events.OrderBy(e => e.Id).Last().Kind);

        // Firing again later is a new incident (the unique index covers unresolved ones only).
        await FailuresAsync(shopId, 20, minutesAgo: 0);
        await Evaluator.EvaluateAsync(Ct);
        Assert.Equal([IncidentState.Resolved, IncidentState.Open], (await IncidentsAsync("al-life")).Select(i => i.State));
    }

    [Fact]
    public async Task Notifications_GoToOwnerAndEachOpsManager_ExactlyOncePerIncident()
    {
        var (shopId, owner) = await ShopAsync("al-note", 2033);
        var ops = await OpsManagersAsync();
        Assert.NotEmpty(ops);
        await FailuresAsync(shopId, 30, minutesAgo: 2);

        for (var i = 0; i < 3; i++)
        {
            await Evaluator.EvaluateAsync(Ct);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var incident = Assert.Single(await IncidentsAsync("al-note"));
        await using var db = await app.DbAsync();
        var recipients = await db.Notifications.Where(n => n.Link == $"/alerts/incidents/{incident.Id}")
            .Select(n => n.RecipientUserId!).ToListAsync(Ct);
        Assert.Equal(ops.Append(owner).Distinct().Order(), recipients.Order());
        Assert.Single(incident.Events, e => e.Kind == IncidentEventKind.NotificationSent);
    }

    [Fact]
    public async Task Acknowledge_RecordsUserAndComment_AndKeepsIncidentUntilResolved()
    {
        var (shopId, owner) = await ShopAsync("al-ack", 2034);
        await FailuresAsync(shopId, 11, minutesAgo: 1);
        await Evaluator.EvaluateAsync(Ct);
        var id = Assert.Single(await IncidentsAsync("al-ack")).Id;

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await Evaluator.AcknowledgeAsync(id, owner, "Platform outage, waiting", Ct);
        await Evaluator.EvaluateAsync(Ct);

        var incident = Assert.Single(await IncidentsAsync("al-ack"));
        Assert.Equal((IncidentState.Acknowledged, owner, "Platform outage, waiting", app.Clock.GetUtcNow()),
            (incident.State, incident.AcknowledgedBy, incident.AcknowledgeComment, incident.AcknowledgedAt));
        var ack = Assert.Single(incident.Events, e => e.Kind == IncidentEventKind.Acknowledged);
        Assert.Equal((owner, "Platform outage, waiting"), (ack.UserId, ack.Note));
        await Assert.ThrowsAsync<DomainRuleException>(() => Evaluator.AcknowledgeAsync(id, owner, "again", Ct));
    }

    [Fact]
    public async Task DuplicateName_And_UnknownUser_AreRefusedWhenSaving()
    {
        var rules = app.Get<AlertRules>();

        var duplicate = await Assert.ThrowsAsync<DomainRuleException>(() => rules.AddAsync(AlertRule.DefaultShopFailures(), Ct));
        Assert.Equal("There is already an alert rule named 'Shop failures'.", duplicate.Message);

        var unknown = new AlertRule("Backlog", AlertMetric.Backlog, AlertScope.All, "", AlertComparison.GreaterThan, 1000, 1,
            Domain.Notifications.NotificationSeverity.Critical, notifyShopOwner: false, userIds: ["nobody"]);
        Assert.Equal("Recipient 'nobody' is not a user.", (await Assert.ThrowsAsync<DomainRuleException>(() => rules.AddAsync(unknown, Ct))).Message);
    }

    [Fact]
    public async Task RuleSwitchedOff_ResolvesItsOpenIncidents()
    {
        var (shopId, _) = await ShopAsync("al-off", 2035);
        await FailuresAsync(shopId, 11, minutesAgo: 1);
        await using var db = await app.DbAsync();
        var rule = new AlertRule("Any failure al-off", AlertMetric.Failures, AlertScope.Shop, "al-off", AlertComparison.GreaterOrEqual, 1, 5,
            Domain.Notifications.NotificationSeverity.Info, notifyShopOwner: true);
        db.AlertRules.Add(rule);
        await db.SaveChangesAsync(Ct);
        await Evaluator.EvaluateAsync(Ct);
        Assert.Equal(2, (await IncidentsAsync("al-off")).Count(i => i.State == IncidentState.Open));

        rule.Disable();
        await db.SaveChangesAsync(Ct);
        await Evaluator.EvaluateAsync(Ct);

        var incidents = await IncidentsAsync("al-off");
        Assert.Equal(IncidentState.Resolved, Assert.Single(incidents, i => i.RuleId == rule.Id).State);
        Assert.Equal(IncidentState.Open, Assert.Single(incidents, i => i.RuleId != rule.Id).State);
    }
}
