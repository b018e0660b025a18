using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderDesk.Features.Ingestion.Inbox;

namespace OrderDesk.Features.Ingestion.Pulls;

public static class PullsSetup
{
    /// <summary>Scheduled incremental pulls, the hourly backfill and reconciliation.</summary>
    public static IServiceCollection AddPulls(this IServiceCollection services)
    {
        services.AddSingleton<PullRateLimiters>();
        services.AddSingleton<PullStats>();
        services.AddSingleton<PlatformClients>();
        services.AddSingleton<WindowReader>();
        services.AddSingleton<PulledOrderStore>();
        // Singleton: it holds the per-shop gates that keep one shop's pulls from overlapping in this process.
        services.AddSingleton<ShopPuller>();
        services.AddTransient<PullJob>();
        services.AddTransient<BackfillJob>();
        services.AddSingleton<Reconciliation>();
        services.AddSingleton<PullSchedules>();
        services.AddHostedService<PullSchedulesStartup>();
        return services;
    }

    public static WebApplication MapPulls(this WebApplication app) => app.MapReconcile();
}
