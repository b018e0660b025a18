using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderDesk.Domain.Alerts;
using OrderDesk.Features.Alerts;
using OrderDesk.Features.Alerts.Channels;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>
/// The webhook points at a port nobody listens on and the mail server accepts connections but never answers:
/// evaluation goes on regardless, and the failures are logged and recorded.
/// </summary>
[Collection(SoloCollection.Name)] // see AlertChannelsApp
public sealed class AlertChannelFailureTests(AlertChannelFailureTests.App app) : IClassFixture<AlertChannelFailureTests.App>
{
    public sealed class App : AlertChannelsApp
    {
        public LogCapture Log { get; } = new(typeof(AlertDeliveryJob).FullName!);
        public SmtpSink HangingSmtp { get; } = new SmtpSink(silent: true).Start();

        protected override Task<(int SmtpPort, string WebhookUrl)> TargetsAsync()
        {
            With("OrderDesk:Alerts:DeliveryAttempts", "2");
            // Sent inline, two tries of 3 s each would hold the evaluation for 6 s at least.
            With("OrderDesk:Alerts:Email:TimeoutSeconds", "3");
            return Task.FromResult((HangingSmtp.Port, $"http://127.0.0.1:{ClosedPort()}/hook"));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await HangingSmtp.DisposeAsync();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddLogging(l => l.AddProvider(Log)));
        }

        /// <summary>A port that was free a moment ago: connecting to it is refused.</summary>
        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private AlertScenario Scenario => new(app);

    [Fact]
    public async Task DeadTargets_EvaluationOpensIncidentsAndNotifiesInApp_ThenFailuresAreLoggedAndOnTheTimeline()
    {
        var evaluator = app.Get<AlertEvaluator>();
        var (shopId, _) = await Scenario.ShopAsync("ch-dead", 2044);
        await Scenario.FailuresAsync(shopId, 11, minutesAgo: 1);

        Assert.Equal(1, await evaluator.EvaluateAsync(Ct));

        // Back before the mail server could even time out once (3 s): nothing waited for the channels. A stopwatch
        // would say the same less reliably on a busy machine.
        var incident = Assert.Single(await Scenario.IncidentsAsync("ch-dead"));
        Assert.Empty(FailureNotes([incident]));
        await using (var db = await app.DbAsync())
            Assert.NotEmpty(await db.Notifications.Where(n => n.Link == AlertNotifications.Link(incident.Id)).ToListAsync(Ct));

        // The next rounds run as usual while the deliveries fail in the background.
        await Scenario.FailuresAsync(shopId, 5, minutesAgo: 0);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await evaluator.EvaluateAsync(Ct));
        Assert.Equal(16m, Assert.Single(await Scenario.IncidentsAsync("ch-dead")).LastValue);

        await AlertScenario.EventuallyAsync(async () => FailureNotes(await Scenario.IncidentsAsync("ch-dead")).Count == 2,
            "both failures on the timeline");
        var notes = FailureNotes(await Scenario.IncidentsAsync("ch-dead"));
        var email = Assert.Single(notes, n => n.StartsWith($"email {AlertMessage.Opened} to smtp://127.0.0.1:", StringComparison.Ordinal));
        // SmtpClient's own timeout or the channel's guard, whichever fires first.
        Assert.Matches("(The operation has timed out|did not take the message within 3 s)\\.$", email);
        Assert.Contains(notes, n => n.StartsWith($"webhook {AlertMessage.Opened} to http://127.0.0.1:", StringComparison.Ordinal));

        var lines = app.Log.Lines.ToList();
        foreach (var channel in new[] { EmailChannel.ChannelName, WebhookChannel.ChannelName })
        {
            Assert.Contains(lines, l => l.Level == LogLevel.Warning && l.Message.Contains($"Alert {channel} delivery", StringComparison.Ordinal)
                && l.Message.Contains("failed on try 1 of 2", StringComparison.Ordinal) && l.Message.Contains("127.0.0.1", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Level == LogLevel.Error && l.Message.Contains($"Alert {channel} delivery", StringComparison.Ordinal)
                && l.Message.Contains("given up", StringComparison.Ordinal));
        }
    }

    private static List<string> FailureNotes(List<Incident> incidents) => Assert.Single(incidents).Events
        .Where(e => e.Kind == IncidentEventKind.ChannelDelivered && e.Note.Contains("failed after 2 tries", StringComparison.Ordinal))
        .Select(e => e.Note).ToList();
}
