using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Support;

/// <summary>Builds real rows through the domain, for tests that need a known, small data set.</summary>
public static class TestData
{
    public static async Task<(Warehouse Warehouse, Shop Shop)> ShopAsync(OrderDeskDbContext db, Platform platform = Platform.Taobao,
        string code = "tb-test", bool isTmall = false)
    {
        var warehouse = db.Warehouses.Local.FirstOrDefault() ?? db.Warehouses.FirstOrDefault();
        if (warehouse is null)
        {
            warehouse = new Warehouse($"WH-{Guid.NewGuid():N}"[..10], "Test warehouse", "上海市", "上海市");
            db.Warehouses.Add(warehouse);
            await db.SaveChangesAsync();
        }
        var shop = new Shop(platform, code, $"Shop {code}", warehouse.Id, isTmall);
        db.Shops.Add(shop);
        await db.SaveChangesAsync();
        return (warehouse, shop);
    }

    public static Order Order(Shop shop, string platformOrderId, DateTimeOffset createdAt, OrderStatus status = OrderStatus.Paid,
        string receiverName = "王芳", string phone = "13812345678", string skuCode = "TS-RED-M", int quantity = 1) =>
        Domain.Orders.Order.Create(
            OrderKey.Of(shop.Platform, shop.Code, platformOrderId), shop.Id, status,
            new Receiver(receiverName, phone, "浙江省", "杭州市", "西湖区", "文三路 90 号", "310012"),
            [new OrderLine(skuCode, "T-shirt", "Red / M", quantity, Money.ParseYuan("59.00"), isGift: false)],
            OrderAmounts.Of(Money.ParseYuan("59.00") * quantity, Money.ParseYuan("8.00"), Money.Zero),
            createdAt, status == OrderStatus.PendingPayment ? null : createdAt, createdAt, createdAt.AddSeconds(30), "test");
}
