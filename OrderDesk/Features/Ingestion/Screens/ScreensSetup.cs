using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrderDesk.Features.Ingestion.Screens;

public static class ScreensSetup
{
    /// <summary>Services behind the quarantine, sync state and reconciliation screens.</summary>
    /// <remarks>
    /// <see cref="ISyncActions"/> is added with TryAdd: register the real one (bound to the pull scheduler and
    /// reconciliation) before this runs, or replace it after; either wins over <see cref="UnavailableSyncActions"/>.
    /// </remarks>
    public static IServiceCollection AddIngestionScreens(this IServiceCollection services)
    {
        services.TryAddSingleton<ISyncActions, UnavailableSyncActions>();
        return services
            .AddSingleton<PayloadCheck>()
            .AddSingleton<QuarantineList>()
            .AddSingleton<QuarantineDesk>()
            .AddSingleton<SyncBoard>();
    }
}
