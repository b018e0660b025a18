using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>
/// Sustained signed deliveries against the real app over loopback (Kestrel, a fresh data directory, the demo
/// web shop), from concurrent clients for a fixed time: requests/s, p50/p99 latency, and a check that every
/// acknowledged delivery is in the inbox afterwards.
/// </summary>
public static class WebhookLoadBenchmark
{
    private const string Shop = "WEB-YJ01";

    public static async Task<int> RunAsync(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 64;
        var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var folder = Path.Combine(Path.GetTempPath(), "orderdesk-bench", "webhooks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var app = new App(folder);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        var secret = await SecretAsync(app);
        var random = new Random(1124);
        var skus = Enumerable.Range(1, 50).Select(i => $"BN-{i:D4}").ToList();
        var bodies = Enumerable.Range(0, 2_000).Select(i => Encoding.UTF8.GetBytes(WebShopPayloads.Order(9_000_000_000 + i, random, skus))).ToArray();
        var signatures = bodies.Select(b => Signing.ShopifyHmac(b, secret)).ToArray();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(address) };
        var latencies = new List<double>[clients];
        var acknowledged = 0;
        var failed = 0;
        var sequence = 0;
        Console.WriteLine($"// Webhooks: {clients} concurrent clients for {seconds} s against {address}");
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * seconds;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var n = Interlocked.Increment(ref sequence);
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/webshop/{Shop}")
                {
                    Content = new ByteArrayContent(bodies[n % bodies.Length]),
                };
                request.Headers.Add("X-Shopify-Hmac-SHA256", signatures[n % bodies.Length]);
                request.Headers.Add("X-Shopify-Webhook-Id", $"load-{n}");
                request.Headers.Add("X-Shopify-Topic", "orders/updated");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.Accepted) Interlocked.Increment(ref acknowledged);
                else Interlocked.Increment(ref failed);
            }
        }));
        watch.Stop();

        var all = latencies.SelectMany(l => l).Order().ToList();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContextAsync();
        var stored = await db.InboxMessages.CountAsync(m => m.MessageKey.StartsWith($"webshop:{Shop}:load-"));
        Console.WriteLine();
        Console.WriteLine("| Clients | Requests | Requests/s | p50 | p99 | Acknowledged | In the inbox | Refused |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {clients} | {all.Count:N0} | {all.Count / watch.Elapsed.TotalSeconds:N0} | {Percentile(all, 0.50):N1} ms | " +
            $"{Percentile(all, 0.99):N1} ms | {acknowledged:N0} | {stored:N0} | {failed:N0} |");
        return stored == acknowledged && failed == 0 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];

    private static async Task<string> SecretAsync(App app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContextAsync();
        var shop = await db.Shops.SingleAsync(s => s.Platform == Platform.WebShop && s.Code == Shop);
        return app.Services.GetRequiredService<ShopCredentials>().Read(shop)!.AppSecret;
    }

    /// <summary>The real app in production shape, with a small demo data set so the demo web shop and its secret exist.</summary>
    private sealed class App(string folder) : WebApplicationFactory<OrderDeskDbContext> // any type of the app's assembly: its entry point is found from it
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("OrderDesk:DataDirectory", folder);
            builder.UseSetting("OrderDesk:Demo:Enabled", "true");
            builder.UseSetting("OrderDesk:Demo:Password", "Bench!2026");
            builder.UseSetting("OrderDesk:Demo:OrderCount", "200");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* the OS temp cleaner takes it */ }
        }
    }
}
