namespace OrderDesk.Features.Overview;

public static class OverviewFeature
{
    public static IServiceCollection AddOverview(this IServiceCollection services) =>
        services.AddScoped<OverviewStats>();

    public static WebApplication MapOverview(this WebApplication app) => app;
}
