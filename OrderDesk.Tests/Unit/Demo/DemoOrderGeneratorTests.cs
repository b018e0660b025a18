using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Demo;

namespace OrderDesk.Tests.Unit.Demo;

public sealed class DemoOrderGeneratorTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Generate_SameSeed_SameOrders()
    {
        Assert.Equal(Fingerprint(Generate(42, 2_000)), Fingerprint(Generate(42, 2_000)));
        Assert.NotEqual(Fingerprint(Generate(42, 2_000)), Fingerprint(Generate(43, 2_000)));
    }

    [Fact]
    public void Generate_EveningPeakAndQuietSmallHours()
    {
        var orders = Generate(5, 6_000);
        int InChinaHours(params int[] hours) =>
            orders.Count(o => hours.Contains(o.Order.PlatformCreatedAt.ToOffset(DemoTraffic.ChinaOffset).Hour));

        Assert.True(InChinaHours(20, 21, 22) > 4 * InChinaHours(2, 3, 4), "evening beats the small hours");
        Assert.True(InChinaHours(12) > InChinaHours(10), "lunchtime bump");
    }

    [Fact]
    public void Generate_Pinduoduo_SmallerTicketsThanTmall()
    {
        var orders = Generate(9, 6_000);
        double Average(string shop) => orders.Where(o => o.Order.ShopCode == shop).Average(o => o.Order.GoodsAmount.Fen);

        Assert.True(Average("PDD-YJ01") < 0.7 * Average("TM-YJ01"));
    }

    [Fact]
    public void Generate_Always_ExactlyTheRequestedCountInOrderOfCreation()
    {
        var orders = Generate(1, 777);

        Assert.Equal(777, orders.Count);
        Assert.Equal(orders.Select(o => o.Order.PlatformCreatedAt).Order(), orders.Select(o => o.Order.PlatformCreatedAt));
        Assert.Equal(orders.Count, orders.Select(o => o.Buyer).Distinct().Sum(b => b.Customer.OrderCount));
    }

    private static List<DemoOrder> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var warehouses = DemoStores.Warehouses.Select(w => new DemoWarehouse(new Warehouse(w.Code, w.Name, w.Province, w.City), w)).ToList();
        var shops = DemoStores.Shops.Select(s => new DemoShop(new Shop(s.Platform, s.Code, s.Name, 0, s.IsTmall), s)).ToList();
        var buyers = DemoBuyers.Generate(random, 2_000, RegionCatalog.Load());
        return new DemoOrderGenerator(random, s_now, shops, warehouses, DemoCatalog.Skus(), buyers).Generate(count, 30);
    }

    private static string Fingerprint(List<DemoOrder> orders) => string.Join("\n", orders.Select(o =>
        $"{o.Order.Key} {o.Order.Status} {o.Order.PaidAmount} {o.Order.ReceiverName} {o.Order.PlatformCreatedAt:O} " +
        string.Join(",", o.Order.Lines.Select(l => $"{l.SkuCode}x{l.Quantity}"))));
}
