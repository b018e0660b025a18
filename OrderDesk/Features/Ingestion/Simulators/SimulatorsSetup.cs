using Microsoft.Extensions.Options;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Ingestion.Simulators;

public static class SimulatorsSetup
{
    /// <summary>The built-in platform simulators (demo mode and tests only).</summary>
    public static IServiceCollection AddSimulators(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SimulatorOptions>>().Value);
        services.AddSingleton<SimulatorStore>();
        services.AddSingleton<SimulatorCatalog>();
        services.AddSingleton<SimulatorFaults>();
        services.AddSingleton<WebhookDeliveries>();
        services.AddSingleton<SimulatedPlatforms>();
        services.AddHttpClient(WebhookDeliveries.HttpClientName).RemoveAllLoggers(); // one line per delivery would drown the log
        // Registered always, decided at start: configuration is only final once the host is built.
        services.AddSingleton<IHostedService>(sp => Enabled(sp) ? ActivatorUtilities.CreateInstance<SimulatorEngine>(sp) : new IdleService());
        return services;
    }

    /// <summary>Maps the simulator endpoints only when simulators are enabled: otherwise /sim/… is a plain 404.</summary>
    public static WebApplication MapSimulators(this WebApplication app)
    {
        if (!Enabled(app.Services))
        {
            // Without this, the app's sign-in fallback policy would answer a platform client with a login redirect.
            app.MapMethods("/sim/{**path}", [HttpMethods.Get, HttpMethods.Post],
                () => Results.Json(new { error = "The platform simulators are disabled." }, statusCode: StatusCodes.Status404NotFound))
                .AllowAnonymous().DisableAntiforgery();
            return app;
        }
        // Platform-style auth (request signatures, tokens) instead of OrderDesk's cookie: anonymous to ASP.NET.
        var sim = app.MapGroup("/sim").AllowAnonymous().DisableAntiforgery();
        sim.MapPost("/taobao/router/rest", TaobaoSimulator.HandleAsync);
        sim.MapPost("/pinduoduo/api/router", PinduoduoSimulator.HandleAsync);
        sim.MapPost("/jd/routerjson", JdSimulator.HandleAsync);
        sim.MapGet(WebShopSimulator.Path["/sim".Length..], WebShopSimulator.HandleAsync);
        // Anything else a platform does not serve (e.g. the web shop's orders/count.json): a platform-style 404,
        // not the app's HTML page, so clients classify it correctly. Specific routes above win over this one.
        sim.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Post],
            () => Results.Json(new { errors = "Not Found" }, statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    public static bool Enabled(IServiceProvider services) =>
        services.GetRequiredService<SimulatorOptions>().Enabled ?? services.GetRequiredService<OrderDeskOptions>().Demo.Enabled;

    private sealed class IdleService : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
