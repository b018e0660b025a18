namespace OrderDesk.Features.Monitoring;

public static class MonitoringFeature
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services) => services
        .AddSingleton<BoardSnapshotReader>()
        .AddSingleton<BoardSnapshots>()
        .AddHostedService(sp => sp.GetRequiredService<BoardSnapshots>());
}
