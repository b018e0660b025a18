using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderDesk.Features.Ingestion.Platforms.Jd;
using OrderDesk.Features.Ingestion.Platforms.Pinduoduo;
using OrderDesk.Features.Ingestion.Platforms.Taobao;
using OrderDesk.Features.Ingestion.Platforms.WebShop;

namespace OrderDesk.Features.Ingestion.Platforms;

public static class PlatformsSetup
{
    /// <summary>
    /// The Taobao/Tmall, JD and Pinduoduo clients and mappers, and the web shop's reconciliation client (the web
    /// shop's mapper lives in Inbox). All singletons: they hold no per-request state beyond the web shop's cursors.
    /// </summary>
    public static IServiceCollection AddPlatformAdapters(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(PlatformGateway.HttpClientName);
        services.AddSingleton<PlatformGateway>();
        services.AddSingleton<IPlatformClient, TaobaoClient>();
        services.AddSingleton<IPlatformClient, PinduoduoClient>();
        services.AddSingleton<IPlatformClient, JdClient>();
        services.AddSingleton<IPlatformClient, WebShopClient>();
        services.AddSingleton<IOrderMapper, TaobaoOrderMapper>();
        services.AddSingleton<IOrderMapper, PinduoduoOrderMapper>();
        services.AddSingleton<IOrderMapper, JdOrderMapper>();
        services.AddSingleton<PlatformRegistry>();
        return services;
    }
}
