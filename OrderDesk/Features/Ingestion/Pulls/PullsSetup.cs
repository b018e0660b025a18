namespace OrderDesk.Features.Ingestion.Pulls;

public static class PullsSetup
{
    /// <summary>Scheduled incremental pulls, the hourly backfill and reconciliation.</summary>
    public static IServiceCollection AddPulls(this IServiceCollection services) => services;

    public static WebApplication MapPulls(this WebApplication app) => app;
}
