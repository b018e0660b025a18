using Microsoft.EntityFrameworkCore;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Data;

public sealed class TimeStorageTests(PlainApp app) : IClassFixture<PlainApp>
{
    [Fact]
    public async Task Orders_CreatedInDifferentOffsets_SortAndCompareByInstant()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, code: "tb-time");
        // As text these would sort "…+08:00" before "…Z" wrongly; as instants the order is b, a, c.
        var a = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));   // 01:00 UTC
        var b = new DateTimeOffset(2026, 11, 19, 23, 30, 0, TimeSpan.Zero);         // 23:30 UTC the day before
        var c = new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.FromHours(-5));  // 06:00 UTC
        db.Orders.AddRange(TestData.Order(shop, "A", a), TestData.Order(shop, "B", b), TestData.Order(shop, "C", c));
        await db.SaveChangesAsync(ct);

        await using var read = await app.DbAsync();
        var sorted = await read.Orders.Where(o => o.ShopId == shop.Id).OrderBy(o => o.PlatformCreatedAt)
            .Select(o => o.PlatformOrderId).ToListAsync(ct);
        var after = await read.Orders.Where(o => o.ShopId == shop.Id && o.PlatformCreatedAt > new DateTimeOffset(2026, 11, 20, 0, 30, 0, TimeSpan.Zero))
            .OrderByDescending(o => o.PlatformCreatedAt).Select(o => o.PlatformOrderId).ToListAsync(ct);
        var stored = await read.Orders.Where(o => o.PlatformOrderId == "A").Select(o => o.PlatformCreatedAt).SingleAsync(ct);

        Assert.Equal(["B", "A", "C"], sorted);
        Assert.Equal(["C", "A"], after);
        Assert.Equal(a, stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
    }

    [Fact]
    public async Task TimeColumns_StoredAsIntegers()
    {
        await using var db = await app.DbAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type FROM pragma_table_info('Orders') WHERE name = 'PlatformCreatedAt'";
        Assert.Equal("INTEGER", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
