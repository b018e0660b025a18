using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Orders;

/// <summary>Orders for the detail tests, built through the domain and saved with auditing on.</summary>
internal static class OrderDetailData
{
    public const string CatalogueSku = "ODT-MUG-BLUE";

    /// <summary>A Tmall order with a paid line, a gift line, one line whose SKU is not in the catalogue, and a customer.</summary>
    public static async Task<Order> SaveOrderAsync(OrderDeskApp app, string phone = "13812345678", string? user = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var db = await app.DbAsync();
        var warehouse = new Warehouse($"ODT-{suffix}", $"杭州仓 {suffix}", "浙江省", "杭州市");
        db.Warehouses.Add(warehouse);
        if (!db.Skus.Any(s => s.Code == CatalogueSku))
            db.Skus.Add(new Sku(CatalogueSku, "6900000000017", "Mug", "Blue", "", "Kitchen", HandlingFlags.Fragile, 350,
                (100, 100, 120), Money.ParseYuan("39.00")));
        var customer = new Customer(Platform.Taobao, $"tb-buyer-{suffix}", "小李", CustomerTier.Gold);
        customer.CountOrder();
        customer.CountOrder();
        customer.CountRefund();
        db.Customers.Add(customer);
        await db.SaveChangesAsync(ct);
        var shop = new Shop(Platform.Taobao, $"tm-{suffix}", $"天猫旗舰店 {suffix}", warehouse.Id, isTmall: true);
        db.Shops.Add(shop);
        await db.SaveChangesAsync(ct);

        var created = app.Clock.GetUtcNow().AddHours(-3);
        var order = Order.Create(
            OrderKey.Of(Platform.Taobao, shop.Code, $"TM{suffix}"), shop.Id, OrderStatus.PendingPayment,
            new Receiver("王芳", phone, "浙江省", "杭州市", "西湖区", "文三路 90 号", "310012"),
            [
                new OrderLine(CatalogueSku, "Mug", "Blue", 2, Money.ParseYuan("39.00"), isGift: false),
                new OrderLine("ODT-GONE-1", "Discontinued tea", "", 1, Money.ParseYuan("20.50"), isGift: false),
                new OrderLine(CatalogueSku, "Mug (gift)", "Blue", 1, Money.ParseYuan("39.00"), isGift: true),
            ],
            OrderAmounts.Of(Money.ParseYuan("98.50"), Money.ParseYuan("8.00"), Money.ParseYuan("5.00")),
            created, null, created, created.AddSeconds(20), "taobao-pull");
        order.AssignTo(customer);
        order.AssignWarehouse(warehouse.Id);
        order.AddNotes("Please pack carefully", "VIP – check gift");
        db.Orders.Add(order);
        using (CurrentUser.Use(user)) await db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>Loads the order into a fresh context, applies the change, saves as <paramref name="user"/>.</summary>
    public static async Task ChangeAsync(OrderDeskApp app, long id, string user, Action<Order> change)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var order = await db.Orders.SingleAsync(o => o.Id == id, ct);
        change(order);
        using (CurrentUser.Use(user)) await db.SaveChangesAsync(ct);
    }
}
