using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Pulls;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Pulls;

/// <summary>
/// The real app (demo shops, real SQLite, real Hangfire) with fake platforms in place of the platform clients.
/// Scheduled pulls are off so that nothing pulls behind a test's back; tests call the pull code directly.
/// The demo shops point at an absolute address: the in-memory test server has no real one to resolve relative
/// simulator URLs against, and the fakes never open a connection anyway.
/// </summary>
public class PullsApp : OrderDeskApp, IAsyncLifetime
{
    public static readonly PullPolicy TaobaoPolicy = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(30), 5, 1000);
    public static readonly PullPolicy PinduoduoPolicy = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3), 5, 1000);

    public FakePlatform Taobao { get; } = new(Platform.Taobao, TaobaoPolicy);
    public FakePlatform Jd { get; } = new(Platform.Jd, TaobaoPolicy with { PageSize = 4 });
    public FakePlatform Pinduoduo { get; } = new(Platform.Pinduoduo, PinduoduoPolicy);
    public FakePlatform WebShop { get; } = new(Platform.WebShop, TaobaoPolicy with { MaxWindow = TimeSpan.FromHours(1) });

    public PullsApp() => With("OrderDesk:Ingestion:PullsEnabled", "false");

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        // Hangfire keeps one static log provider, pointing at the logger factory of the app that configured it
        // last; once a parallel test class disposes its app, Hangfire objects created later fail. Create ours now.
        _ = Puller;
        await using var db = await DbAsync();
        foreach (var shop in await db.Shops.ToListAsync()) shop.PointAt("https://platform.fake.test/");
        await db.SaveChangesAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPlatformClient>();
            foreach (var fake in new[] { Taobao, Jd, Pinduoduo, WebShop }) services.AddSingleton<IPlatformClient>(fake);
        });
    }

    public async Task<Shop> ShopAsync(string code)
    {
        await using var db = await DbAsync();
        return await db.Shops.AsNoTracking().SingleAsync(s => s.Code == code);
    }

    public async Task<ShopSyncState?> SyncStateAsync(long shopId)
    {
        await using var db = await DbAsync();
        return await db.ShopSyncStates.AsNoTracking().SingleOrDefaultAsync(s => s.ShopId == shopId);
    }

    public async Task<List<InboxMessage>> InboxAsync(long shopId)
    {
        await using var db = await DbAsync();
        return await db.InboxMessages.AsNoTracking().Where(m => m.ShopId == shopId).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<ChannelMinuteStat>> StatsAsync(long shopId)
    {
        await using var db = await DbAsync();
        return await db.ChannelMinuteStats.AsNoTracking().Where(s => s.ShopId == shopId).ToListAsync();
    }

    public static string KeyOf(Shop shop, string orderId, DateTimeOffset modifiedAt) =>
        $"{shop.Platform}:{shop.Code}:{orderId}:{modifiedAt.UtcTicks}";

    public ShopPuller Puller => Get<ShopPuller>();
}
