using OrderDesk.Features.Fulfillment.Printing;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;

namespace OrderDesk.Features.Fulfillment;

public static class FulfillmentFeature
{
    /// <summary>Waves, the four signed stations, shipments and shipping errors (OrderDesk:Fulfillment).</summary>
    public static IServiceCollection AddFulfillment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FulfillmentOptions>().Bind(configuration.GetSection(FulfillmentOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FulfillmentOptions>>().Value);
        services.AddSingleton<StationDesk>();
        services.AddSingleton<StationWording>();
        services.AddSingleton<IPackingAdvice, Carriers.RulePackingAdvice>();
        services.AddSingleton<WaveDesk>();
        services.AddSingleton<WaveBoard>();
        services.AddSingleton<FulfillmentTrail>();
        services.AddSingleton<ShippingErrors>();
        services.AddPrinting();
        services.AddSingleton<Errors.ErrorRateBoard>();
        return services;
    }
}
