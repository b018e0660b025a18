using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Platforms.WebShop;

namespace OrderDesk.Features.Ingestion.Inbox;

public static class InboxSetup
{
    /// <summary>The inbox worker, the web shop's mapper and the webhook endpoint's services.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<IOrderMapper, WebShopMapper>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxWriteGate>();
        services.AddSingleton<IngestionEvents>();
        services.AddSingleton<InboxProcessor>();
        services.AddHostedService<InboxWorker>();
        services.AddSingleton<InboxCommitQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxCommitQueue>());
        services.AddSingleton<WebhookShops>();
        return services;
    }

    public static WebApplication MapWebhooks(this WebApplication app)
    {
        WebShopWebhook.Map(app);
        return app;
    }
}
