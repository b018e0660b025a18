namespace OrderDesk.Features.Fulfillment.Printing;

public static class PrintingSetup
{
    /// <summary>Packing slips, the SKU list and SKU label sheets.</summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services)
    {
        services.AddSingleton<PackingSlips>();
        services.AddSingleton<SkuCatalog>();
        return services;
    }
}
