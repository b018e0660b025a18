using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>Finds the registered <see cref="IPlatformClient"/> of a platform, whatever lifetime it was registered with.</summary>
public static class PlatformClients
{
    public static IPlatformClient? Find(IServiceProvider services, Platform platform) =>
        services.GetServices<IPlatformClient>().FirstOrDefault(c => c.Platform == platform);

    public static IPlatformClient For(IServiceProvider services, Platform platform) =>
        Find(services, platform) ?? throw new PlatformException(PlatformErrorKind.Permanent, "no-client",
            $"No {platform} platform client is registered, so this shop cannot be pulled.");
}
