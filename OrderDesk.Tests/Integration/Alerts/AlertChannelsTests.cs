using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Alerts;
using OrderDesk.Features.Alerts;
using OrderDesk.Features.Alerts.Channels;
using OrderDesk.Tests.Integration.Ingestion.Simulators;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>E-mail to a real SMTP listener and the signed webhook to a real Kestrel receiver, sent by Hangfire after an evaluation.</summary>
[Collection(SoloCollection.Name)] // see AlertChannelsApp
public sealed class AlertChannelsTests(AlertChannelsTests.App app) : IClassFixture<AlertChannelsTests.App>
{
    public const string OnCall = "oncall@orderdesk.test";

    public sealed class App : AlertChannelsApp
    {
        public WebhookReceiver Receiver { get; } = new("/hooks/alerts");
        public SmtpSink Smtp { get; } = new SmtpSink().Start();

        protected override async Task<(int SmtpPort, string WebhookUrl)> TargetsAsync()
        {
            await Receiver.StartAsync();
            With("OrderDesk:PublicBaseUrl", "https://orderdesk.example.com/");
            With("OrderDesk:Alerts:Email:To:0", OnCall);
            return (Smtp.Port, new Uri(Receiver.Address, "/hooks/alerts").ToString());
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Receiver.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private AlertScenario Scenario => new(app);

    private List<(WebhookReceiver.Received Request, JsonElement Body)> Posts(long incidentId, string eventName) =>
        app.Receiver.Requests.Select(r => (Request: r, Body: JsonDocument.Parse(r.Body).RootElement))
            .Where(p => p.Body.GetProperty("incidentId").GetInt64() == incidentId && p.Body.GetProperty("event").GetString() == eventName)
            .ToList();

    private async Task<List<string>> ChannelNotesAsync(long incidentId)
    {
        await using var db = await app.DbAsync();
        return await db.Set<IncidentEvent>().Where(e => e.IncidentId == incidentId && e.Kind == IncidentEventKind.ChannelDelivered
                && !e.Note.StartsWith("Notified")).OrderBy(e => e.Id).Select(e => e.Note).ToListAsync(Ct);
    }

    [Fact]
    public async Task IncidentOpened_EmailsRecipientsAndOnCall_AndSignedWebhookKeepsItsDeliveryIdThroughA500()
    {
        var (shopId, owner) = await Scenario.ShopAsync("ch-open", 2041);
        await Scenario.FailuresAsync(shopId, 11, minutesAgo: 1);
        app.Receiver.Answers.Enqueue(500);

        await app.Get<AlertEvaluator>().EvaluateAsync(Ct);

        var incident = Assert.Single(await Scenario.IncidentsAsync("ch-open"));
        await AlertScenario.EventuallyAsync(async () => (await ChannelNotesAsync(incident.Id)).Count == 2, "both channels on the timeline");

        var posts = Posts(incident.Id, AlertMessage.Opened);
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(p => p.Request.Headers[WebhookChannel.DeliveryHeader]).Distinct());
        foreach (var (request, _) in posts)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AlertChannelsApp.Secret), request.Body));
            Assert.Equal(expected, request.Headers[WebhookChannel.SignatureHeader]);
            Assert.True(long.TryParse(request.Headers[WebhookChannel.TimestampHeader], out _));
        }
        var body = posts[^1].Body;
        Assert.Equal(("Shop failures", "ch-open", "Warning", 11m, 10m, $"https://orderdesk.example.com/alerts/incidents/{incident.Id}"),
            (body.GetProperty("rule").GetString(), body.GetProperty("scope").GetString(), body.GetProperty("severity").GetString(),
             body.GetProperty("value").GetDecimal(), body.GetProperty("threshold").GetDecimal(), body.GetProperty("url").GetString()));
        Assert.Equal(incident.OpenedAt, body.GetProperty("openedAt").GetDateTimeOffset());

        var mail = Assert.Single(app.Smtp.Received, m => m.Header("Subject") == "[Warning] Shop failures (ch-open)");
        Assert.Contains($"Value: 11 (threshold 10)", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"Details: https://orderdesk.example.com/alerts/incidents/{incident.Id}", mail.Body, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        var people = (await Scenario.OpsManagersAsync()).Append(owner).ToList();
        var emails = await db.Users.Where(u => people.Contains(u.Id)).Select(u => u.Email!).ToListAsync(Ct);
        Assert.Equal(emails.Append(OnCall).Order(StringComparer.OrdinalIgnoreCase), mail.To.Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(AlertChannelsApp.From, mail.From);

        var notes = await ChannelNotesAsync(incident.Id);
        Assert.Contains(notes, n => n.StartsWith("E-mail to ", StringComparison.Ordinal) && n.Contains(OnCall, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Webhook incident.opened delivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IncidentResolved_IsPostedAsIncidentResolved()
    {
        // Before the other test's year: statistics have no upper time bound, so this shop's failures would make it
        // fire again in an earlier year, and take the 500 meant for the other test.
        var (shopId, _) = await Scenario.ShopAsync("ch-resolve", 2040);
        await Scenario.FailuresAsync(shopId, 11, minutesAgo: 1);
        var evaluator = app.Get<AlertEvaluator>();
        await evaluator.EvaluateAsync(Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await evaluator.EvaluateAsync(Ct);

        var incident = Assert.Single(await Scenario.IncidentsAsync("ch-resolve"));
        // Opened and resolved, by e-mail and webhook: all four settled, so none is left to take another test's answers.
        await AlertScenario.EventuallyAsync(async () => (await ChannelNotesAsync(incident.Id)).Count == 4, "four deliveries on the timeline");
        Assert.Single(Posts(incident.Id, AlertMessage.Resolved));
        var body = Posts(incident.Id, AlertMessage.Resolved)[0].Body;
        Assert.Equal(incident.ResolvedAt, body.GetProperty("resolvedAt").GetDateTimeOffset());
        Assert.Single(app.Smtp.Received, m => m.Header("Subject") == "Resolved: [Warning] Shop failures (ch-resolve)");
    }
}
