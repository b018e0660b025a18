using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Orders;

namespace OrderDesk.Tests.Integration.Orders;

/// <summary>
/// The list's SQL, checked without a stopwatch: every search translates completely (EF throws on
/// anything it would have to run in memory), and SQLite answers each filter from an index that also
/// gives the newest-first order, so the first page never sorts the whole table.
/// </summary>
public sealed class OrderListSqlTests(OrderListFixture data) : IClassFixture<OrderListFixture>
{
    public static TheoryData<string> Filters => [.. Searches.Keys];

    private static readonly Dictionary<string, OrderSearch> Searches = new()
    {
        ["none"] = new(),
        ["platform"] = new() { Storefront = Storefront.Jd },
        ["tmall"] = new() { Storefront = Storefront.Tmall },
        ["shop"] = new() { ShopId = 1 },
        ["status"] = new() { Statuses = [OrderStatus.Paid] },
        ["warehouse"] = new() { WarehouseId = 1 },
        ["dates"] = new() { From = new DateOnly(2031, 3, 1), To = new DateOnly(2031, 3, 31) },
        ["from"] = new() { From = new DateOnly(2031, 3, 1) },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task PageQuery_NewestFirst_WalksAnIndexWithoutSorting(string filter)
    {
        var plan = await PlanAsync(Searches[filter]);

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Orders_", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step == "SCAN o");
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("880001000002")]
    [InlineData("欧阳测试")]
    [InlineData("OL-RED-M")]
    public async Task PageQuery_FreeText_UnionOfIndexLookups(string text)
    {
        var plan = await PlanAsync(new OrderSearch { Text = text });

        Assert.Contains("MULTI-INDEX OR", plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN o", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageQuery_EverySearch_TranslatesToOneSqlStatement()
    {
        await using var db = await data.App.DbAsync();
        var list = Get(data);
        var everything = new OrderSearch
        {
            Storefront = Storefront.Taobao, ShopId = 1, Statuses = [OrderStatus.Paid, OrderStatus.Shipped], WarehouseId = 1,
            From = new DateOnly(2031, 3, 1), To = new DateOnly(2031, 3, 2), Text = "880001", Sort = OrderSort.AmountAsc, Page = 3,
        };

        var sql = list.PageQuery(db, everything, 3).ToQueryString();

        Assert.Contains("ORDER BY \"o\".\"PaidAmount\", \"o\".\"Id\"", sql);
        Assert.Contains("LIMIT", sql);
        Assert.Contains("OFFSET", sql);
        Assert.Contains("\"o\".\"PlatformOrderId\" >= ", sql);
        // Rows come back already shaped: running the statement materializes without a second query.
        var rows = await list.PageQuery(db, everything, 1).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Empty(rows);
    }

    private async Task<List<string>> PlanAsync(OrderSearch search)
    {
        await using var db = await data.App.DbAsync();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using DbCommand command = Get(data).PageQuery(db, search, 1).CreateDbCommand();
        command.Connection = db.Database.GetDbConnection();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var steps = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) steps.Add(reader.GetString(3));
        return steps;
    }

    private static OrderList Get(OrderListFixture data) =>
        data.App.Services.CreateScope().ServiceProvider.GetRequiredService<OrderList>();
}
