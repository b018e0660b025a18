namespace OrderDesk.Features.Demo;

public static class DemoFeature
{
    public static IServiceCollection AddDemo(this IServiceCollection services) =>
        services.AddTransient<DemoSeeder>();

    public static WebApplication MapDemo(this WebApplication app)
    {
        app.MapSkuImages();
        return app;
    }
}
