using Microsoft.Extensions.Options;

namespace OrderDesk.Features.Fulfillment.Carriers;

public static class CarriersFeature
{
    /// <summary>Carriers, carrier rules and the advice the pack screen shows (OrderDesk:Fulfillment).</summary>
    public static IServiceCollection AddCarriers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CarrierAdviceOptions>().Bind(configuration.GetSection(CarrierAdviceOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CarrierAdviceOptions>>().Value);
        services.AddSingleton<CarrierAdvisor>();
        services.AddSingleton<CarrierRuleAdmin>();
        services.AddHostedService<CarrierSeeding>();
        return services;
    }
}
