using Hangfire;
using Hangfire.Storage;
using OrderDesk.Features.Alerts;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>The app with alert evaluation switched on, as in production.</summary>
public sealed class AlertsEnabledApp : OrderDeskApp
{
    public AlertsEnabledApp() => With("OrderDesk:Alerts:Enabled", "true");
}

/// <summary>
/// Alone: Hangfire's log provider is process-wide and points at the last app that started, so a second app adding
/// recurring jobs while another is disposed in parallel trips over a disposed LoggerFactory.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class AlertsScheduleTests(AlertsEnabledApp app) : IClassFixture<AlertsEnabledApp>
{
    [Fact]
    public async Task Startup_Enabled_RegistersAlertsJobEveryMinute_AndSeedsDefaultRule()
    {
        using (var connection = app.Get<JobStorage>().GetConnection())
        {
            var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == AlertsJob.Id);
            Assert.Equal("* * * * *", job.Cron);
            Assert.Equal(typeof(AlertsJob), job.Job.Type);
        }

        await using var db = await app.DbAsync();
        Assert.Equal("Shop failures", Assert.Single(db.AlertRules).Name);
    }
}
