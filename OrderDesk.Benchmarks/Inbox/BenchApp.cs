using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Inbox;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>
/// The real app in production shape on Kestrel over loopback, in a fresh data directory with a small demo data set
/// (so the demo web shop and its secret exist): what the webhook and burst suites send to.
/// </summary>
internal sealed class BenchApp(string folder, bool worker, IReadOnlyDictionary<string, string> settings)
    : WebApplicationFactory<OrderDeskDbContext> // any type of the app's assembly: its entry point is found from it
{
    public const string Shop = "WEB-YJ01";

    public static BenchApp Start(string name, bool worker = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "orderdesk-bench", name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var app = new BenchApp(folder, worker, settings ?? new Dictionary<string, string>());
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    public string Address => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
        .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");

    public async Task<string> SecretAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContextAsync();
        var shop = await db.Shops.SingleAsync(s => s.Platform == Platform.WebShop && s.Code == Shop);
        return Services.GetRequiredService<ShopCredentials>().Read(shop)!.AppSecret;
    }

    public async Task<T> QueryAsync<T>(Func<OrderDeskDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("OrderDesk:DataDirectory", folder);
        builder.UseSetting("OrderDesk:Demo:Enabled", "true");
        builder.UseSetting("OrderDesk:Demo:Password", "Bench!2026");
        builder.UseSetting("OrderDesk:Demo:OrderCount", "200");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (!worker)
            builder.ConfigureServices(services => services.Remove(services.Single(d => d.ImplementationType == typeof(InboxWorker))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* the OS temp cleaner takes it */ }
    }
}
