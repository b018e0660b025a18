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
