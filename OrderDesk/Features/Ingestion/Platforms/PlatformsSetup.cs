namespace OrderDesk.Features.Ingestion.Platforms;

public static class PlatformsSetup
{
    /// <summary>The Taobao/Tmall, JD and Pinduoduo clients and mappers (the web shop's live in Inbox).</summary>
    public static IServiceCollection AddPlatformAdapters(this IServiceCollection services) => services;
}
