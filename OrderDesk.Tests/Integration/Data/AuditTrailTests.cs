using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Orders;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Data;

public sealed class AuditTrailTests(PlainApp app) : IClassFixture<PlainApp>
{
    [Fact]
    public async Task SaveChanges_NewOrder_AuditedWithItsDatabaseIdUserAndClockTime()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, code: "tb-audit-new");
        var order = TestData.Order(shop, "NEW-1", app.Clock.GetUtcNow().AddHours(-1));

        using (CurrentUser.Use("ops@demo.orderdesk"))
        {
            db.Orders.Add(order);
            await db.SaveChangesAsync(ct);
        }

        await using var read = await app.DbAsync();
        var entry = await read.AuditEntries.SingleAsync(a => a.EntityType == "Order" && a.EntityId == order.Id.ToString(), ct);
        Assert.Equal("Added", entry.Action);
        Assert.Equal("ops@demo.orderdesk", entry.UserName);
        Assert.Equal(app.Clock.GetUtcNow(), entry.At);
        var changes = JsonDocument.Parse(entry.Changes).RootElement;
        Assert.Equal("NEW-1", changes.GetProperty("PlatformOrderId")[1].GetString());
    }

    [Fact]
    public async Task SaveChanges_StatusChange_RecordsOldAndNewValue()
    {
        var ct = TestContext.Current.CancellationToken;
        long id;
        await using (var db = await app.DbAsync())
        {
            var (_, shop) = await TestData.ShopAsync(db, code: "tb-audit-mod");
            var order = TestData.Order(shop, "MOD-1", app.Clock.GetUtcNow().AddHours(-2));
            db.Orders.Add(order);
            await db.SaveChangesAsync(ct);
            id = order.Id;
        }

        await using (var db = await app.DbAsync())
        {
            var order = await db.Orders.SingleAsync(o => o.Id == id, ct);
            order.MoveTo(OrderStatus.Shipped, app.Clock.GetUtcNow(), "test");
            using (CurrentUser.Use("warehouse@demo.orderdesk")) await db.SaveChangesAsync(ct);
        }

        await using var read = await app.DbAsync();
        var entry = await read.AuditEntries.SingleAsync(a => a.EntityType == "Order" && a.EntityId == id.ToString() && a.Action == "Modified", ct);
        var status = JsonDocument.Parse(entry.Changes).RootElement.GetProperty("Status");
        Assert.Equal(["Paid", "Shipped"], status.EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("warehouse@demo.orderdesk", entry.UserName);
    }

    [Fact]
    public async Task SaveChanges_FailingInsert_LeavesNeitherRowNorAuditEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, code: "tb-audit-fail");
        db.Orders.Add(TestData.Order(shop, "DUP-1", app.Clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        var auditsBefore = await db.AuditEntries.CountAsync(ct);

        await using var second = await app.DbAsync();
        second.Orders.Add(TestData.Order(shop, "DUP-1", app.Clock.GetUtcNow()));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(ct));

        await using var read = await app.DbAsync();
        Assert.Equal(1, await read.Orders.CountAsync(o => o.PlatformOrderId == "DUP-1", ct));
        Assert.Equal(auditsBefore, await read.AuditEntries.CountAsync(ct));
    }

    [Fact]
    public async Task SaveChanges_Background_AuditedAsSystem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var (warehouse, _) = await TestData.ShopAsync(db, code: "tb-audit-sys");
        warehouse.Rename("Renamed by a job");
        await db.SaveChangesAsync(ct);

        var entry = await db.AuditEntries.Where(a => a.EntityType == "Warehouse" && a.Action == "Modified")
            .OrderByDescending(a => a.Id).FirstAsync(ct);
        Assert.Equal(CurrentUser.System, entry.UserName);
    }

    [Fact]
    public async Task SaveChanges_ReplacedSecretWithSameHint_AuditedButMasked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, code: "tb-audit-secret");
        shop.StoreCredentials("cipher-one", "app key ab…yz, secret ••••");
        await db.SaveChangesAsync(ct);

        shop.StoreCredentials("cipher-two", "app key ab…yz, secret ••••");
        await db.SaveChangesAsync(ct);

        var entry = await db.AuditEntries.Where(a => a.EntityType == "Shop" && a.EntityId == shop.Id.ToString() && a.Action == "Modified")
            .OrderByDescending(a => a.Id).FirstAsync(ct);
        Assert.Contains("\"ProtectedCredentials\":[\"***\",\"***\"]", entry.Changes);
        Assert.DoesNotContain("cipher", entry.Changes);
    }
}
