using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>Ready-to-ship orders made of real demo SKUs: two products (two units of the first) and a gift.</summary>
public static class FulfillmentTestOrders
{
    private static int s_next;

    public static async Task<long> ReadyAsync(OrderDeskApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var shop = await db.Shops.OrderBy(s => s.Id).FirstAsync(ct);
        // Products with more than one variant, so a sibling of each line exists.
        var products = await db.Skus.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key).OrderBy(n => n).Take(3).ToListAsync(ct);
        var skus = await db.Skus.Where(s => products.Contains(s.Name)).OrderBy(s => s.Id).ToListAsync(ct);
        var picks = products.Select(p => skus.First(s => s.Name == p)).ToList();
        var now = app.Clock.GetUtcNow();
        var number = $"FT{Interlocked.Increment(ref s_next):D4}{Guid.NewGuid():N}"[..16];
        var order = Order.Create(OrderKey.Of(shop.Platform, shop.Code, number), shop.Id, OrderStatus.Paid,
            new Receiver("王芳", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 90 号", "310012"),
            [
                new OrderLine(picks[0].Code, picks[0].Name, picks[0].VariantText, 2, picks[0].Price, isGift: false),
                new OrderLine(picks[1].Code, picks[1].Name, picks[1].VariantText, 1, picks[1].Price, isGift: false),
                new OrderLine(picks[2].Code, picks[2].Name, picks[2].VariantText, 1, Money.Zero, isGift: true),
            ],
            OrderAmounts.Of(picks[0].Price * 2 + picks[1].Price, Money.Zero, Money.Zero), now.AddHours(-2), now.AddHours(-2), now.AddHours(-2), now, "test");
        order.AssignWarehouse(shop.DefaultWarehouseId);
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return order.Id;
    }
}
