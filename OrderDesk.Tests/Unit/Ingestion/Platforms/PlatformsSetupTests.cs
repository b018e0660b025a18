using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Tests.Unit.Ingestion.Platforms;

public sealed class PlatformsSetupTests
{
    private static ServiceProvider Services() => new ServiceCollection().AddPlatformAdapters().BuildServiceProvider();

    [Fact]
    public void AddPlatformAdapters_ClientsForAllFourMappersForThreeMarketplaces()
    {
        using var services = Services();

        Assert.Equal([Platform.Taobao, Platform.Jd, Platform.Pinduoduo, Platform.WebShop],
            services.GetServices<IPlatformClient>().Select(c => c.Platform).Order());
        Assert.Equal([Platform.Taobao, Platform.Jd, Platform.Pinduoduo],
            services.GetServices<IOrderMapper>().Select(m => m.Platform).Order());
    }

    [Fact]
    public void Registry_ResolvesTheRegisteredSingletons()
    {
        using var services = Services();
        var registry = services.GetRequiredService<PlatformRegistry>();

        Assert.Same(services.GetServices<IPlatformClient>().Single(c => c.Platform == Platform.Jd), registry.ClientFor(Platform.Jd));
        Assert.Same(registry.MapperFor(Platform.Pinduoduo), services.GetRequiredService<PlatformRegistry>().MapperFor(Platform.Pinduoduo));
        Assert.False(registry.TryGetMapper(Platform.WebShop, out _)); // the web shop's mapper is registered by Inbox
        Assert.Throws<InvalidOperationException>(() => registry.MapperFor(Platform.WebShop));
    }

    [Theory]
    [InlineData(Platform.Taobao, 30, 2, 1, 50)]
    [InlineData(Platform.Pinduoduo, 30, 2, 3, 100)]
    [InlineData(Platform.Jd, 60, 2, 1, 50)]
    [InlineData(Platform.WebShop, 60, 2, 0, 250)]
    public void Policy_PerPlatformRules(Platform platform, int windowMinutes, int overlapMinutes, int lagMinutes, int pageSize)
    {
        using var services = Services();
        var policy = services.GetRequiredService<PlatformRegistry>().ClientFor(platform).Policy;

        Assert.Equal((TimeSpan.FromMinutes(windowMinutes), TimeSpan.FromMinutes(overlapMinutes), TimeSpan.FromMinutes(lagMinutes), pageSize),
            (policy.MaxWindow, policy.Overlap, policy.SafetyLag, policy.PageSize));
        Assert.True(policy.RequestsPerSecond > 0);
    }
}
