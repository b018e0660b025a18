using System.Net;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Alerts;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>The incidents list, an incident's detail and acknowledging it, against real SQLite and the rendered pages.</summary>
public sealed class IncidentScreensTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IncidentLog Log => app.Get<IncidentLog>();

    /// <summary>One open incident of the default rule for a new shop, opened at <paramref name="year"/>-03-01 09:<paramref name="minute"/> UTC.</summary>
    private async Task<(long IncidentId, string Owner)> IncidentAsync(string code, int year, int minute = 0)
    {
        var (shopId, owner) = await AlertScenario.ShopAsync(app, code, new DateTimeOffset(year, 3, 1, 9, minute, 0, TimeSpan.Zero));
        await AlertScenario.FailuresAsync(app, shopId, 14, minutesAgo: 1);
        await app.Get<AlertEvaluator>().EvaluateAsync(Ct);
        await using var db = await app.DbAsync();
        return (await db.Incidents.Where(i => i.ScopeKey == code).Select(i => i.Id).SingleAsync(Ct), owner);
    }

    [Fact]
    public async Task List_FiltersByStateRuleAndShop_NewestFirst()
    {
        var (first, _) = await IncidentAsync("inc-a", 2041);
        var (second, owner) = await IncidentAsync("inc-b", 2041, minute: 5); // within the hour: the first stays open
        await app.Get<AlertEvaluator>().AcknowledgeAsync(second, owner, "on it", Ct);

        var all = await Log.ListAsync(new IncidentQuery(), Ct);
        Assert.True(all.Rows.ToList().FindIndex(r => r.Id == second) < all.Rows.ToList().FindIndex(r => r.Id == first));

        var open = await Log.ListAsync(new IncidentQuery(State: IncidentState.Open), Ct);
        Assert.Contains(open.Rows, r => r.Id == first);
        Assert.DoesNotContain(open.Rows, r => r.Id == second);

        var shop = Assert.Single((await Log.ListAsync(new IncidentQuery(Shop: "INC-B"), Ct)).Rows);
        Assert.Equal((second, IncidentState.Acknowledged, "Shop failures", 14m), (shop.Id, shop.State, shop.RuleName, shop.LastValue));

        var ruleId = (await Log.RulesAsync(Ct)).Single(r => r.Name == "Shop failures").Id;
        Assert.Empty((await Log.ListAsync(new IncidentQuery(RuleId: ruleId + 1000), Ct)).Rows);
        Assert.Contains((await Log.ListAsync(new IncidentQuery(RuleId: ruleId), Ct)).Rows, r => r.Id == first);
    }

    [Fact]
    public async Task Detail_AfterAcknowledge_HasFullTimelineWithNamesAndShop_AndSecondAcknowledgeIsRefused()
    {
        var (id, owner) = await IncidentAsync("inc-ack", 2043);
        app.Clock.Advance(TimeSpan.FromMinutes(3));

        await app.Get<AlertEvaluator>().AcknowledgeAsync(id, owner, "Platform outage", Ct);

        var detail = await Log.LoadAsync(id, Ct);
        Assert.NotNull(detail);
        Assert.Equal(("inc-ack", IncidentState.Acknowledged, "Platform outage"), (detail.Shop?.Code, detail.State, detail.AcknowledgeComment));
        Assert.Equal([IncidentEventKind.Opened, IncidentEventKind.NotificationSent, IncidentEventKind.Acknowledged],
            detail.Timeline.Select(e => e.Kind));
        var ack = detail.Timeline[^1];
        Assert.Equal(("Platform outage", app.Clock.GetUtcNow()), (ack.Note, ack.At));
        Assert.NotEqual(owner, ack.UserName); // shown by name, not by id
        Assert.NotEmpty(detail.Notified);
        await Assert.ThrowsAsync<DomainRuleException>(() => app.Get<AlertEvaluator>().AcknowledgeAsync(id, owner, "again", Ct));
        Assert.Null(await Log.LoadAsync(id + 100_000, Ct));
    }

    [Fact]
    public async Task Pages_RenderIncidentAndRules_UnknownIncidentSaysNotFound()
    {
        var (id, _) = await IncidentAsync("inc-page", 2044);
        var ops = await app.SignedInAsync("ops@demo.orderdesk");

        var detail = await ops.GetStringAsync($"/alerts/incidents/{id}", Ct);
        Assert.Contains("data-testid=\"incident-header\"", detail);
        Assert.Contains("inc-page", detail);
        Assert.Contains("data-testid=\"ack-button\"", detail);
        Assert.Contains($"/ingestion/quarantine?shop=", detail);

        var list = await ops.GetStringAsync("/alerts/incidents?state=Open&shop=inc-page", Ct);
        Assert.Contains($"data-id=\"{id}\"", list);

        Assert.Contains("Shop failures", await ops.GetStringAsync("/alerts/rules", Ct));

        var missing = await ops.GetAsync("/alerts/incidents/987654321", Ct);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("data-testid=\"incident-not-found\"", await missing.Content.ReadAsStringAsync(Ct));

        // A supervisor reads incidents but cannot acknowledge them.
        var supervisor = await app.SignedInAsync("supervisor@demo.orderdesk");
        var readOnly = await supervisor.GetStringAsync($"/alerts/incidents/{id}", Ct);
        Assert.DoesNotContain("data-testid=\"ack-button\"", readOnly);
    }
}
