namespace OrderDesk.Features.Ingestion.Simulators;

public static class SimulatorsSetup
{
    /// <summary>The built-in platform simulators (demo mode and tests only).</summary>
    public static IServiceCollection AddSimulators(this IServiceCollection services, IConfiguration configuration) => services;

    public static WebApplication MapSimulators(this WebApplication app) => app;
}
