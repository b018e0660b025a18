namespace OrderDesk.Features.Ingestion.Screens;

public static class ScreensSetup
{
    /// <summary>Services behind the quarantine and sync state screens.</summary>
    public static IServiceCollection AddIngestionScreens(this IServiceCollection services) => services;
}
