namespace OrderDesk.Features.Fulfillment.Carriers;

public static class CarriersFeature
{
    /// <summary>Carriers, carrier rules and the advice the pack screen shows (packaging allowance from OrderDesk:Fulfillment).</summary>
    public static IServiceCollection AddCarriers(this IServiceCollection services)
    {
        services.AddSingleton<CarrierAdvisor>();
        services.AddSingleton<CarrierRuleAdmin>();
        services.AddHostedService<CarrierSeeding>();
        return services;
    }
}
