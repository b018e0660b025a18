namespace OrderDesk.Features.Admin;

public static class AdminFeature
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services
        .AddSingleton<ShopCredentials>()
        .AddSingleton<ShopAdmin>()
        .AddSingleton<AuditTrail>();

    public static WebApplication MapAdmin(this WebApplication app) => app;
}
