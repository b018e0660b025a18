using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Platforms;

/// <summary>
/// The adapters wired as the app wires them (AddPlatformAdapters), against a <see cref="FakePlatformServer"/>, with a
/// short HttpClient timeout so the slow-answer case takes a second, not thirty.
/// </summary>
public sealed class PlatformClientHarness : IAsyncDisposable
{
    public static readonly ShopSecret Secret = new("app-key-1", "app-secret-1", "session-token-1");

    /// <summary>2026-11-24 10:00 to 10:30 China time.</summary>
    public static readonly PullWindow Window = new(
        new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 2, 30, 0, TimeSpan.Zero));

    private readonly ServiceProvider _services;

    public FakePlatformServer Server { get; }
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 2, 35, 0, TimeSpan.Zero));

    private PlatformClientHarness(FakePlatformServer server, TimeSpan timeout)
    {
        Server = server;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddHttpClient(PlatformGateway.HttpClientName, c => c.Timeout = timeout);
        services.AddPlatformAdapters();
        _services = services.BuildServiceProvider();
    }

    public static async Task<PlatformClientHarness> StartAsync(CancellationToken ct, TimeSpan? timeout = null) =>
        new(await FakePlatformServer.StartAsync(ct), timeout ?? TimeSpan.FromSeconds(10));

    public IPlatformClient Client(Platform platform) => _services.GetRequiredService<PlatformRegistry>().ClientFor(platform);

    public ShopConnection Shop(Platform platform) => new(7, platform, "shop-7", false, Server.BaseUrl, Secret);

    public Task<PullPage> PullAsync(Platform platform, int page = 1, bool includeTotal = false) =>
        Client(platform).PullPageAsync(Shop(platform), Window, page, includeTotal, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
