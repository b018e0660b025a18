using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Orders;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Orders;

/// <summary>
/// The real app plus a small set of orders whose every value the tests know. They live in March 2031,
/// far from the demo data (the last 30 days before the test clock), and every search is fenced to
/// that month unless a test is about the dates themselves.
/// </summary>
public sealed class OrderListFixture : IAsyncLifetime
{
    public static readonly DateOnly March1 = new(2031, 3, 1);
    public static readonly DateOnly March31 = new(2031, 3, 31);
    private static readonly TimeSpan s_china = TimeSpan.FromHours(8);

    public OrderDeskApp App { get; } = new();
    public Warehouse North { get; private set; } = default!;
    public Warehouse South { get; private set; } = default!;
    public Shop Taobao { get; private set; } = default!;
    public Shop Tmall { get; private set; } = default!;
    public Shop Jd { get; private set; } = default!;
    public Shop Pdd { get; private set; } = default!;
    /// <summary>Database ids by platform order id.</summary>
    public Dictionary<string, long> Ids { get; } = [];
    /// <summary>Extra Taobao orders on 2031-03-20, one an hour, for paging.</summary>
    public const int Bulk = 30;

    public OrderSearch March => new() { From = March1, To = March31 };

    public async ValueTask InitializeAsync()
    {
        await using var db = await App.DbAsync();
        North = new Warehouse("OL-N", "OL North", "北京市", "北京市");
        South = new Warehouse("OL-S", "OL South", "广东省", "广州市");
        db.Warehouses.AddRange(North, South);
        await db.SaveChangesAsync();
        Taobao = new Shop(Platform.Taobao, "ol-tb", "OL Taobao", North.Id);
        Tmall = new Shop(Platform.Taobao, "ol-tm", "OL Tmall", North.Id, isTmall: true);
        Jd = new Shop(Platform.Jd, "ol-jd", "OL JD", South.Id);
        Pdd = new Shop(Platform.Pinduoduo, "ol-pdd", "OL PDD", South.Id);
        db.Shops.AddRange(Taobao, Tmall, Jd, Pdd);
        await db.SaveChangesAsync();

        var orders = new List<Order>
        {
            Make(Taobao, "880001000001", China(2031, 3, 10, 9, 0, 0), OrderStatus.Paid, "欧阳测试", "13900001111", "OL-RED-M", 2, "128.00", North),
            Make(Tmall, "880001000002", China(2031, 3, 11, 10, 0, 0), OrderStatus.Shipped, "上官测试", "13900002222", "OL-BLU-L", 1, "1234.50", North),
            // Local midnight on both sides of the 11th/12th boundary (16:00 UTC).
            Make(Jd, "880001000003", China(2031, 3, 12, 0, 0, 0), OrderStatus.Paid, "司马测试", "13900003333", "OL-BLK-S", 3, "9.90", South),
            Make(Jd, "880001000004", China(2031, 3, 11, 23, 59, 59), OrderStatus.Completed, "诸葛测试", "13900004444", "OL-RED-M", 1, "56.00", South),
            Make(Pdd, "990002000005", China(2031, 3, 13, 12, 0, 0), OrderStatus.Cancelled, "欧阳测试", "13900005555", "OL-GRN-XL", 1, "20.00", null),
        };
        orders[1].FlagException("Unknown SKU OL-BLU-L");
        for (var i = 0; i < Bulk; i++)
            orders.Add(Make(Taobao, $"770003{i:D6}", China(2031, 3, 20, 0, 0, 0).AddHours(i), OrderStatus.Completed,
                "令狐测试", "13800009999", "OL-BULK", 1, $"{10 + i}.00", North));
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
        foreach (var order in orders) Ids[order.PlatformOrderId] = order.Id;
    }

    public static DateTimeOffset China(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, s_china);

    private static Order Make(Shop shop, string id, DateTimeOffset created, OrderStatus status, string name, string phone,
        string sku, int quantity, string price, Warehouse? warehouse)
    {
        var unit = Money.ParseYuan(price);
        var order = Order.Create(OrderKey.Of(shop.Platform, shop.Code, id), shop.Id, status,
            new Receiver(name, phone, "浙江省", "杭州市", "西湖区", "文三路 90 号", "310012"),
            [new OrderLine(sku, "Test item", "", quantity, unit, isGift: false)],
            OrderAmounts.Of(unit * quantity, Money.Zero, Money.Zero),
            created, status == OrderStatus.PendingPayment ? null : created, created, created.AddSeconds(30), "test");
        if (warehouse is not null) order.AssignWarehouse(warehouse.Id);
        return order;
    }

    public async Task<OrderListPage> SearchAsync(OrderSearch search, string role = Roles.OpsManager)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderList>()
            .SearchAsync(search, Viewer(role), TestContext.Current.CancellationToken);
    }

    public static ClaimsPrincipal Viewer(string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"{role}@test"), new Claim(ClaimTypes.Role, role)], authenticationType: "test"));

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
