namespace OrderDesk.Features.Ingestion.Inbox;

public static class InboxSetup
{
    /// <summary>The inbox worker, the web shop's mapper and the webhook endpoint's services.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services) => services;

    public static WebApplication MapWebhooks(this WebApplication app) => app;
}
