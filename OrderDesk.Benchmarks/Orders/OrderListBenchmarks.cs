using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Orders;
using OrderDesk.Hosting;

namespace OrderDesk.Benchmarks.Orders;

/// <summary>
/// <see cref="OrderList.SearchAsync"/> as the orders screen calls it (capped count + one page of 25,
/// newest first) over a million orders, once per filter the screen offers.
/// </summary>
public class OrderListBenchmarks
{
    private ServiceProvider _services = default!;
    private OrderList _list = default!;
    private OrderSearch _search = new();
    private readonly ClaimsPrincipal _viewer = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.OpsManager)], "bench"));

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases() => OrderSearchCases.Names;

    [GlobalSetup]
    public void Setup()
    {
        _services = OrderSearchCases.Services(MillionOrders.Ensure());
        _list = _services.GetRequiredService<OrderList>();
        _search = OrderSearchCases.Build(_services)[Case];
    }

    [Benchmark]
    public async Task<int> FirstPage() =>
        (await _list.SearchAsync(_search, _viewer, CancellationToken.None)).Rows.Count;

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();
}

/// <summary>The searches measured, with real values taken from the generated data.</summary>
public static class OrderSearchCases
{
    public static readonly string[] Names =
    [
        "no filter", "platform=Jd", "platform=Tmall", "platform=Taobao", "shop", "status=Paid", "status=Completed",
        "status=Paid,Shipped", "warehouse", "last 7 days", "one week, 2 months ago", "q=order id", "q=order id prefix",
        "q=receiver name", "q=phone last4", "q=SKU", "sort=amount_desc", "page 400",
    ];

    public static ServiceProvider Services(string path)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorization(Policies.Add);
        services.AddSingleton(new OrderDeskOptions());
        services.AddSingleton<TimeDisplay>();
        services.AddDbContextFactory<OrderDeskDbContext>(o => o
            .UseSqlite(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = path }.ToString())
            .AddInterceptors(new SqlitePragmas()));
        services.AddOrders();
        return services.BuildServiceProvider();
    }

    public static Dictionary<string, OrderSearch> Build(IServiceProvider services)
    {
        using var db = services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContext();
        // A week-old order: realistic for "a customer calls about their parcel".
        var sample = db.Orders.AsNoTracking().Where(o => o.Id == MillionOrders.Count - 20_000)
            .Select(o => new { o.PlatformOrderId, o.ReceiverName, o.ReceiverPhoneLast4, o.ShopId, o.WarehouseId }).Single();
        var sku = db.OrderLines.AsNoTracking().Where(l => l.OrderId == MillionOrders.Count - 20_000).Select(l => l.SkuCode).First();
        var today = DateOnly.FromDateTime(MillionOrders.End.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var none = new OrderSearch();
        return new Dictionary<string, OrderSearch>
        {
            ["no filter"] = none,
            ["platform=Jd"] = none with { Storefront = Storefront.Jd },
            ["platform=Tmall"] = none with { Storefront = Storefront.Tmall },
            ["platform=Taobao"] = none with { Storefront = Storefront.Taobao },
            ["shop"] = none with { ShopId = sample.ShopId },
            ["status=Paid"] = none with { Statuses = [Domain.Orders.OrderStatus.Paid] },
            ["status=Completed"] = none with { Statuses = [Domain.Orders.OrderStatus.Completed] },
            ["status=Paid,Shipped"] = none with { Statuses = [Domain.Orders.OrderStatus.Paid, Domain.Orders.OrderStatus.Shipped] },
            ["warehouse"] = none with { WarehouseId = sample.WarehouseId },
            ["last 7 days"] = none with { From = today.AddDays(-6), To = today },
            ["one week, 2 months ago"] = none with { From = today.AddDays(-66), To = today.AddDays(-60) },
            ["q=order id"] = none with { Text = sample.PlatformOrderId },
            ["q=order id prefix"] = none with { Text = sample.PlatformOrderId[..^3] },
            ["q=receiver name"] = none with { Text = sample.ReceiverName },
            ["q=phone last4"] = none with { Text = sample.ReceiverPhoneLast4 },
            ["q=SKU"] = none with { Text = sku },
            ["sort=amount_desc"] = none with { Sort = OrderSort.AmountDesc },
            ["page 400"] = none with { Page = 400 },
        };
    }
}
