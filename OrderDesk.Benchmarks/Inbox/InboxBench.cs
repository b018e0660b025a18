using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Platforms.WebShop;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>
/// A freshly migrated SQLite file (the app's pragmas and interceptors) with one web shop, 200 stocked SKUs and
/// <c>count</c> web shop orders waiting in the inbox, plus the app's real ingestion services over it.
/// </summary>
public sealed class InboxBench : IAsyncDisposable
{
    private readonly string _folder;

    public ServiceProvider Services { get; }
    public string DatabasePath { get; }
    public Shop Shop { get; private set; } = default!;
    public List<string> SkuCodes { get; } = [];

    private InboxBench(string folder, ServiceProvider services, string databasePath)
    {
        _folder = folder;
        Services = services;
        DatabasePath = databasePath;
    }

    public IDbContextFactory<OrderDeskDbContext> Factory => Services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>();

    /// <param name="giftRules">Also seed three enabled gift rules (amount, category with "per units", memo keyword).</param>
    public static async Task<InboxBench> CreateAsync(int count, IngestionOptions options, bool giftRules = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "orderdesk-bench", "inbox-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "orderdesk.db");
        var services = BenchServices.Create(path, WebShopPayloads.Now)
            .AddSingleton(options)
            .AddSingleton<IOrderMapper, WebShopMapper>()
            .AddSingleton<InboxSignal>()
            .AddSingleton<InboxWriteGate>()
            .AddSingleton<IngestionEvents>()
            .AddSingleton<InboxWriter>()
            .AddSingleton<InboxProcessor>();
        var bench = new InboxBench(folder, services.BuildServiceProvider(), path);
        await bench.SeedAsync(count, giftRules);
        return bench;
    }

    private async Task SeedAsync(int count, bool giftRules)
    {
        await using (var db = await Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            db.AuditDisabled = true;
            var warehouse = new Warehouse("SH-01", "上海嘉定仓", "上海市", "上海市");
            db.Warehouses.Add(warehouse);
            await db.SaveChangesAsync();
            Shop = new Shop(Platform.WebShop, "WEB-BENCH", "Bench web shop", warehouse.Id);
            db.Shops.Add(Shop);
            var skus = Enumerable.Range(1, 200).Select(i => new Sku($"BN-{i:D4}", $"69{i:D11}", "商品", "红", "M", "TS",
                HandlingFlags.None, 300, (300, 200, 50), Money.FromYuan(99))).ToList();
            db.Skus.AddRange(skus);
            await db.SaveChangesAsync();
            db.SkuStocks.AddRange(skus.Select(s => new SkuStock(s.Id, warehouse.Id, 1_000_000)));
            await db.SaveChangesAsync();
            SkuCodes.AddRange(skus.Select(s => s.Code));
            if (giftRules)
            {
                db.GiftRules.AddRange(
                    new GiftRule(new GiftRuleSpec("满 199 送", 10, false, true, null, "", GiftAmountBasis.Paid, Money.FromYuan(199), null,
                        "", "", null, null, null, "", skus[0].Code, 1)),
                    new GiftRule(new GiftRuleSpec("每 2 件送", 20, false, true, null, "", GiftAmountBasis.Paid, null, null,
                        "", "TS", 2, null, null, "", skus[1].Code, 1)),
                    new GiftRule(new GiftRuleSpec("VIP", 5, false, true, null, "", GiftAmountBasis.Paid, null, null,
                        "", "", null, null, null, "VIP", skus[2].Code, 1)));
                await db.SaveChangesAsync();
            }
        }
        var random = new Random(20261124);
        var writer = Services.GetRequiredService<InboxWriter>();
        for (var start = 0; start < count; start += 1_000)
        {
            var chunk = Enumerable.Range(start, Math.Min(1_000, count - start)).Select(i =>
            {
                long id = 8_000_000_000 + i;
                return new InboxMessage($"webshop:{Shop.Code}:bench-{i}", Platform.WebShop, Shop.Id, Shop.Code, MessageSource.Webhook,
                    "orders/create", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    WebShopPayloads.Order(id, random, SkuCodes), WebShopPayloads.Now.AddSeconds(-1));
            }).ToList();
            await writer.AppendAsync(chunk, CancellationToken.None);
        }
        // Seeding went through the delivery writer; let the gate forget it, so the drain runs as it does on a
        // backlog with no deliveries arriving (the webhook and burst suites measure the other case).
        await Task.Delay(InboxWriteGate.DeliveryWindow);
    }

    public async Task<long> CountAsync(Func<OrderDeskDbContext, Task<int>> query)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
