namespace OrderDesk.Features.Orders;

public static class OrdersFeature
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddScoped<OrderList>();
        services.AddScoped<OrderDetails>();
        return services;
    }

    public static WebApplication MapOrders(this WebApplication app) => app;
}
