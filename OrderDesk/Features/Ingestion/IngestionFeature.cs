using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Pulls;
using OrderDesk.Features.Ingestion.Screens;
using OrderDesk.Features.Ingestion.Simulators;

namespace OrderDesk.Features.Ingestion;

/// <summary>The order sync gateway: adapters, inbox and worker, webhooks, pulls, simulators, screens.</summary>
public static class IngestionFeature
{
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestionOptions>>().Value);
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<ShopConnections>();
        services.AddSingleton<Screens.ISyncActions, PullSyncActions>();
        services.AddSingleton<Admin.IShopChangeListener, GatewayShopListener>();
        services.AddHttpClient("platforms", client => client.Timeout = TimeSpan.FromSeconds(30));
        return services
            .AddPlatformAdapters()
            .AddInbox()
            .AddPulls()
            .AddSimulators(configuration)
            .AddIngestionScreens();
    }

    public static WebApplication MapIngestion(this WebApplication app)
    {
        app.MapWebhooks();
        app.MapPulls();
        app.MapSimulators();
        return app;
    }
}
