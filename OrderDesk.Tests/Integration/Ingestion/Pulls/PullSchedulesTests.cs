using Hangfire;
using Hangfire.Storage;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Pulls;

namespace OrderDesk.Tests.Integration.Ingestion.Pulls;

/// <summary>The app with scheduled pulls switched on.</summary>
public sealed class ScheduledPullsApp : PullsApp
{
    public ScheduledPullsApp() => With("OrderDesk:Ingestion:PullsEnabled", "true");
}

public sealed class PullSchedulesTests(ScheduledPullsApp app) : IClassFixture<ScheduledPullsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private List<RecurringJobDto> RecurringJobs()
    {
        using var connection = app.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }

    [Fact]
    public void Startup_PullsEnabled_OnePullJobPerPulledShopEveryMinutePlusHourlyBackfill()
    {
        var jobs = RecurringJobs();

        Assert.Equal(
            ["backfill", "pull:JD-DG01", "pull:JD-YJ01", "pull:PDD-YJ01", "pull:TB-TEA01", "pull:TB-YJ01", "pull:TM-YJ01"],
            jobs.Select(j => j.Id).Where(id => id == "backfill" || id.StartsWith("pull:")).Order(StringComparer.Ordinal));
        Assert.All(jobs.Where(j => j.Id.StartsWith("pull:")), j =>
        {
            Assert.Equal("* * * * *", j.Cron);
            Assert.Equal(typeof(PullJob), j.Job.Type);
        });
        Assert.Equal("0 * * * *", Assert.Single(jobs, j => j.Id == "backfill").Cron);
    }

    [Fact]
    public async Task SyncSchedules_ShopDisabledThenEnabled_JobRemovedThenBack()
    {
        var shop = await app.ShopAsync("JD-DG01");
        var admin = app.Get<ShopAdmin>();
        var schedules = app.Get<PullSchedules>();

        await admin.SetEnabledAsync(shop.Id, false, Ct);
        await schedules.SyncSchedulesAsync(Ct);
        Assert.DoesNotContain(RecurringJobs(), j => j.Id == "pull:JD-DG01");

        await admin.SetEnabledAsync(shop.Id, true, Ct);
        await schedules.SyncSchedulesAsync(Ct);
        var job = Assert.Single(RecurringJobs(), j => j.Id == "pull:JD-DG01");
        Assert.Equal(shop.Id, job.Job.Args[0]);
    }

    [Fact]
    public async Task RequestPullNow_QueuesThePullJobOfThatShop()
    {
        var shop = await app.ShopAsync("PDD-YJ01");

        var jobId = app.Puller.RequestPullNow(shop.Id);

        var details = app.Get<JobStorage>().GetMonitoringApi().JobDetails(jobId);
        Assert.Equal(typeof(PullJob), details.Job.Type);
        Assert.Equal(nameof(PullJob.RunAsync), details.Job.Method.Name);
        Assert.Equal(shop.Id, details.Job.Args[0]);
    }

    [Fact]
    public void PullJob_LockedPerShopAcrossHangfireWorkers()
    {
        // Attribute data, not instances: Hangfire's attributes create loggers through its static log provider.
        var attributes = typeof(PullJob).GetMethod(nameof(PullJob.RunAsync))!.GetCustomAttributesData();

        var lockAttribute = Assert.Single(attributes, a => a.AttributeType == typeof(DisableConcurrentExecutionAttribute));
        Assert.Equal("pull:{0}", lockAttribute.ConstructorArguments[0].Value);
        var retry = Assert.Single(attributes, a => a.AttributeType == typeof(AutomaticRetryAttribute));
        Assert.Equal(0, retry.NamedArguments.Single(n => n.MemberName == nameof(AutomaticRetryAttribute.Attempts)).TypedValue.Value);
    }
}
