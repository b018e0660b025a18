using Hangfire;

namespace OrderDesk.Features.Alerts;

public static class AlertsFeature
{
    /// <summary>Alert rules, their evaluation every minute (OrderDesk:Alerts) and incidents.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertsOptions>().Bind(configuration.GetSection(AlertsOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AlertsOptions>>().Value);
        services.AddSingleton<IAlertNotifier, AlertNotifications>();
        services.AddSingleton<AlertEvaluator>();
        services.AddSingleton<AlertRules>();
        services.AddSingleton<IncidentLog>();
        services.AddTransient<AlertWords>();
        services.AddTransient<AlertsJob>();
        services.AddHostedService<AlertsStartup>();
        return services;
    }
}

/// <summary>Seeds the default rule and registers (or removes) the recurring "alerts" job, after the database initializer.</summary>
internal sealed class AlertsStartup(AlertRules rules, IRecurringJobManager recurringJobs, AlertsOptions options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await rules.SeedDefaultAsync(cancellationToken);
        if (options.Enabled)
            recurringJobs.AddOrUpdate<AlertsJob>(AlertsJob.Id, j => j.RunAsync(CancellationToken.None), options.Cron);
        else
            recurringJobs.RemoveIfExists(AlertsJob.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
