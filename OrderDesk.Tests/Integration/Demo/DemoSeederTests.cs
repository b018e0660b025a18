using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Demo;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Demo;

/// <summary>Seeding as the app does it at start-up: idempotent, and all or nothing.</summary>
public sealed class DemoSeederTests(DemoSeederTests.App app) : IClassFixture<DemoSeederTests.App>
{
    public sealed class App : OrderDeskApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedAsync_SecondRun_DuplicatesNothing()
    {
        var before = await CountsAsync(app);

        await SeedAgainAsync(app);

        Assert.Equal(before, await CountsAsync(app));
        Assert.Equal(600, before["Orders"]);
    }

    [Fact]
    public async Task SeedAsync_FailsHalfway_LeavesNothingAndNextRunSeedsEverything()
    {
        await using var fresh = new OrderDeskApp();
        var seeded = await CountsAsync(fresh);
        await using (var db = await fresh.DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM ScanEvents; DELETE FROM WaveOrderLines; DELETE FROM WaveOrders; DELETE FROM Waves; DELETE FROM Stations; " +
                "DELETE FROM OrderStatusChanges; DELETE FROM OrderLines; DELETE FROM Orders; DELETE FROM SkuStocks; " +
                "DELETE FROM Customers; DELETE FROM Shops; DELETE FROM Skus; DELETE FROM Warehouses; " +
                // The last table the seeder writes refuses rows, as a full disk or a crash would.
                "CREATE TRIGGER fail_seed BEFORE INSERT ON OrderStatusChanges BEGIN SELECT RAISE(ABORT, 'disk full'); END;", Ct);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => SeedAgainAsync(fresh));
        Assert.All((await CountsAsync(fresh)).Values, count => Assert.Equal(0, count));

        await using (var db = await fresh.DbAsync())
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER fail_seed", Ct);
        await SeedAgainAsync(fresh);
        Assert.Equal(seeded, await CountsAsync(fresh));
    }

    [Fact]
    public async Task SeedAsync_SameSeed_GivesTheSameData()
    {
        await using var twin = new OrderDeskApp();

        Assert.Equal(await FingerprintAsync(app), await FingerprintAsync(twin));
    }

    private static async Task SeedAgainAsync(OrderDeskApp target)
    {
        // Transient: resolve it the way the initializer does, from a scope.
        await using var scope = target.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Ct);
    }

    private static async Task<Dictionary<string, int>> CountsAsync(OrderDeskApp target)
    {
        await using var db = await target.DbAsync();
        return new Dictionary<string, int>
        {
            ["Warehouses"] = await db.Warehouses.CountAsync(Ct),
            ["Shops"] = await db.Shops.CountAsync(Ct),
            ["Skus"] = await db.Skus.CountAsync(Ct),
            ["SkuStocks"] = await db.SkuStocks.CountAsync(Ct),
            ["Customers"] = await db.Customers.CountAsync(Ct),
            ["Orders"] = await db.Orders.CountAsync(Ct),
            ["OrderLines"] = await db.OrderLines.CountAsync(Ct),
            ["OrderStatusChanges"] = await db.OrderStatusChanges.CountAsync(Ct),
        };
    }

    private static async Task<string> FingerprintAsync(OrderDeskApp target)
    {
        await using var db = await target.DbAsync();
        var orders = await db.Orders.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new { o.PlatformOrderId, o.ShopCode, o.Status, o.PaidAmount, o.ReceiverName, o.ReceiverDistrict, o.PlatformCreatedAt })
            .ToListAsync(Ct);
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.BuyerId, c.DisplayName, c.OrderCount }).ToListAsync(Ct);
        var stock = await db.SkuStocks.AsNoTracking().OrderBy(s => s.SkuId).ThenBy(s => s.WarehouseId).Select(s => new { s.OnHand, s.Reserved }).ToListAsync(Ct);
        return string.Join("\n", orders.Select(o => o.ToString()).Concat(customers.Select(c => c.ToString())).Concat(stock.Select(s => s.ToString())));
    }
}
