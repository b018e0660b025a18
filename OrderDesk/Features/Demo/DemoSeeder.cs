using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Admin;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Demo;

/// <summary>
/// Fills an empty demo database with warehouses, shops, SKUs and stock, customers and a month of order
/// history. All of it is written in one transaction: a crash mid-seed leaves nothing behind, and the
/// next start seeds from scratch; once warehouses exist it does nothing.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    OrderDeskOptions options,
    TimeProvider clock,
    ShopCredentials credentials,
    IDataProtectionProvider protection,
    WaveDesk waves,
    ILogger<DemoSeeder> logger)
{
    public const string OwnerEmail = "ops@demo.orderdesk";

    /// <summary>Customers exist in this number at least, however few orders are asked for.</summary>
    public const int MinimumCustomers = 2_000;

    public const int DemoWaveSize = 12;

    public async Task SeedAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Warehouses.AnyAsync(ct)) return;

        // Data Protection stores its first key in this same database on first use. Inside our write
        // transaction that insert would wait on our own lock until the busy timeout, so make the key now.
        protection.CreateProtector("OrderDesk.Demo.KeyRing").Protect("ready"u8.ToArray());
        var ownerId = await db.Users.Where(u => u.Email == OwnerEmail).Select(u => u.Id).SingleOrDefaultAsync(ct);
        var demo = options.Demo;
        var random = new Random(demo.Seed);
        var now = clock.GetUtcNow();

        db.AuditDisabled = true; // thousands of generated rows nobody edited
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Warehouses.AnyAsync(ct)) return; // another instance seeded while we prepared

        var warehouses = DemoStores.Warehouses
            .Select(spec => new DemoWarehouse(new Warehouse(spec.Code, spec.Name, spec.Province, spec.City), spec)).ToList();
        db.Warehouses.AddRange(warehouses.Select(w => w.Warehouse));
        await db.SaveChangesAsync(ct);

        var shops = DemoStores.Shops.Select(spec =>
        {
            var shop = new Shop(spec.Platform, spec.Code, spec.Name,
                warehouses.Single(w => w.Spec.Code == spec.WarehouseCode).Warehouse.Id, spec.IsTmall);
            shop.PointAt(spec.SimulatorUrl);
            shop.AssignOwner(ownerId);
            credentials.Store(shop, DemoStores.SecretFor(spec.Platform, random));
            return new DemoShop(shop, spec);
        }).ToList();
        var skus = DemoCatalog.Skus();
        db.Shops.AddRange(shops.Select(s => s.Shop));
        db.Skus.AddRange(skus.Select(s => s.Sku));
        db.GiftRules.AddRange(DemoGiftRules.Build());
        await db.SaveChangesAsync(ct);

        var buyers = DemoBuyers.Generate(random, Math.Max(MinimumCustomers, demo.OrderCount / 5), RegionCatalog.Load());
        var orders = new DemoOrderGenerator(random, now, shops, warehouses, skus, buyers).Generate(demo.OrderCount, demo.HistoryDays);
        db.Customers.AddRange(buyers.All.Select(b => b.Customer)); // with their order counters already counted
        db.SkuStocks.AddRange(DemoStock.Build(random, skus, warehouses, orders));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        foreach (var order in orders) order.Order.AssignTo(order.Buyer.Customer);
        var rows = WriteOrders(db, orders);
        await transaction.CommitAsync(ct);

        // A wave per warehouse already at the stations, so the demo's queues are not empty.
        foreach (var warehouse in warehouses)
        {
            var ready = await waves.ReadyAsync(warehouse.Warehouse.Id, DemoWaveSize, ct);
            if (ready.Count > 0) await waves.ReleaseManualAsync(warehouse.Warehouse.Id, ready.Select(o => o.OrderId).ToList(), "demo", ct);
        }

        logger.LogInformation(
            "Demo data seeded: {Orders} orders ({Rows} order rows), {Customers} customers, {Skus} SKUs in {Elapsed} ms",
            orders.Count, rows, buyers.All.Count, skus.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static int WriteOrders(OrderDeskDbContext db, List<DemoOrder> orders) => OrderRows.Insert(db, orders.Select(o => o.Order));
}
