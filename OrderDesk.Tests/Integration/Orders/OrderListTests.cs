using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Orders;

namespace OrderDesk.Tests.Integration.Orders;

public sealed class OrderListTests(OrderListFixture data) : IClassFixture<OrderListFixture>
{
    private static readonly string[] s_fiveNewestFirst = ["990002000005", "880001000003", "880001000004", "880001000002", "880001000001"];

    private static string[] IdsOf(OrderListPage page) => [.. page.Rows.Select(r => r.PlatformOrderId)];

    // Everything except the 30 paging orders of 2031-03-20/21.
    private OrderSearch FirstFive => data.March with { To = new DateOnly(2031, 3, 19) };

    [Fact]
    public async Task Search_NoFilter_NewestFirstWithEveryColumn()
    {
        var page = await data.SearchAsync(FirstFive);

        Assert.Equal(s_fiveNewestFirst, IdsOf(page));
        Assert.Equal(5, page.Total);
        Assert.False(page.TotalIsCapped);
        var tmall = page.Rows.Single(r => r.PlatformOrderId == "880001000002");
        Assert.Equal(data.Ids["880001000002"], tmall.Id);
        Assert.Equal(Storefront.Tmall, tmall.Storefront);
        Assert.Equal("OL Tmall", tmall.ShopName);
        Assert.Equal(OrderStatus.Shipped, tmall.Status);
        Assert.Equal("上官测试", tmall.ReceiverName);
        Assert.Equal("浙江省 杭州市", tmall.Place);
        Assert.Equal("¥1,234.50", tmall.Paid.ToString());
        Assert.Equal(OrderListFixture.China(2031, 3, 11, 10, 0, 0), tmall.CreatedAt);
        Assert.Equal("OL North", tmall.WarehouseName);
        Assert.Equal("Unknown SKU OL-BLU-L", tmall.ExceptionReason);
        Assert.Equal(3, page.Rows.Single(r => r.PlatformOrderId == "880001000003").Items);
        Assert.Null(page.Rows.Single(r => r.PlatformOrderId == "990002000005").WarehouseName);
    }

    [Theory]
    [InlineData(Storefront.Tmall, new[] { "880001000002" })]
    [InlineData(Storefront.Taobao, new[] { "880001000001" })]
    [InlineData(Storefront.Jd, new[] { "880001000003", "880001000004" })]
    [InlineData(Storefront.Pinduoduo, new[] { "990002000005" })]
    [InlineData(Storefront.WebShop, new string[0])]
    public async Task Search_ByPlatform_OnlyThatStorefront(Storefront storefront, string[] expected) =>
        Assert.Equal(expected, IdsOf(await data.SearchAsync(FirstFive with { Storefront = storefront })));

    [Fact]
    public async Task Search_ByShop_OnlyThatShop() =>
        Assert.Equal(["880001000003", "880001000004"], IdsOf(await data.SearchAsync(FirstFive with { ShopId = data.Jd.Id })));

    [Fact]
    public async Task Search_ByUnknownShop_Empty()
    {
        var page = await data.SearchAsync(FirstFive with { ShopId = 987_654 });

        Assert.Empty(page.Rows);
        Assert.Equal(0, page.Total);
        Assert.Equal(1, page.Page);
    }

    [Fact]
    public async Task Search_ByOneStatus_OnlyThatStatus() =>
        Assert.Equal(["880001000003", "880001000001"], IdsOf(await data.SearchAsync(FirstFive with { Statuses = [OrderStatus.Paid] })));

    [Fact]
    public async Task Search_BySeveralStatuses_AnyOfThem() =>
        Assert.Equal(["990002000005", "880001000003", "880001000002", "880001000001"],
            IdsOf(await data.SearchAsync(FirstFive with { Statuses = [OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Cancelled] })));

    [Fact]
    public async Task Search_ByWarehouse_OnlyThatWarehouse() =>
        Assert.Equal(["880001000003", "880001000004"], IdsOf(await data.SearchAsync(FirstFive with { WarehouseId = data.South.Id })));

    [Theory]
    // 2031-03-12 00:00 and 2031-03-11 23:59:59 China time lie one second apart on either side of local midnight.
    [InlineData("2031-03-12", "2031-03-12", new[] { "880001000003" })]
    [InlineData("2031-03-11", "2031-03-11", new[] { "880001000004", "880001000002" })]
    [InlineData("2031-03-11", "2031-03-12", new[] { "880001000003", "880001000004", "880001000002" })]
    [InlineData("2031-03-13", "2031-03-13", new[] { "990002000005" })]
    [InlineData("2031-03-14", "2031-03-19", new string[0])]
    public async Task Search_ByCreatedDays_WholeChinaDays(string from, string to, string[] expected) =>
        Assert.Equal(expected, IdsOf(await data.SearchAsync(new OrderSearch { From = DateOnly.Parse(from), To = DateOnly.Parse(to) })));

    [Fact]
    public async Task Search_OnlyFrom_OpenEnded() =>
        Assert.Equal(["990002000005", "880001000003"],
            IdsOf(await data.SearchAsync(FirstFive with { From = new DateOnly(2031, 3, 12) })));

    [Theory]
    [InlineData("880001000002", new[] { "880001000002" })]   // full order id
    [InlineData("8800010000", new[] { "880001000004", "880001000003", "880001000002", "880001000001" })] // prefix, 6+ characters
    [InlineData("88000", new string[0])]                      // a short prefix is not a prefix search
    [InlineData("欧阳测试", new[] { "990002000005", "880001000001" })] // full receiver name
    [InlineData("欧阳", new string[0])]                        // part of a name is not enough
    [InlineData("3333", new[] { "880001000003" })]            // last 4 phone digits
    [InlineData("OL-RED-M", new[] { "880001000004", "880001000001" })] // SKU code
    [InlineData("ol-red-m", new[] { "880001000004", "880001000001" })] // SKU code typed in lower case
    [InlineData("  880001000002 ", new[] { "880001000002" })]
    public async Task Search_ByText_MatchesIdNameLast4OrSku(string text, string[] expected)
    {
        var page = await data.SearchAsync(FirstFive with { Text = OrderSearch.NormalizeText(text), Sort = OrderSort.CreatedAsc });

        Assert.Equal(expected.Order(), IdsOf(page).Order());
    }

    [Fact]
    public async Task Search_TextAndStatus_BothApply() =>
        Assert.Equal(["880001000001"],
            IdsOf(await data.SearchAsync(FirstFive with { Text = "OL-RED-M", Statuses = [OrderStatus.Paid] })));

    [Theory]
    [InlineData(OrderSort.CreatedAsc, new[] { "880001000001", "880001000002", "880001000004", "880001000003", "990002000005" })]
    [InlineData(OrderSort.AmountDesc, new[] { "880001000002", "880001000001", "880001000004", "880001000003", "990002000005" })]
    [InlineData(OrderSort.AmountAsc, new[] { "990002000005", "880001000003", "880001000004", "880001000001", "880001000002" })]
    public async Task Search_Sorted_InThatOrder(OrderSort sort, string[] expected) =>
        Assert.Equal(expected, IdsOf(await data.SearchAsync(FirstFive with { Sort = sort })));

    [Fact]
    public async Task Search_SecondPage_NextRowsInOrder()
    {
        var all = IdsOf(await data.SearchAsync(data.March with { PageSize = 100 }));
        var page = await data.SearchAsync(data.March with { Page = 2, PageSize = 10 });

        Assert.Equal(OrderListFixture.Bulk + 5, all.Length);
        Assert.Equal(all[10..20], IdsOf(page));
        Assert.Equal(2, page.Page);
        Assert.Equal(OrderListFixture.Bulk + 5, page.Total);
    }

    [Fact]
    public async Task Search_PagePastTheEnd_ShowsTheLastPage()
    {
        var page = await data.SearchAsync(data.March with { Page = 9, PageSize = 10 });

        Assert.Equal(4, page.Page);
        Assert.Equal(s_fiveNewestFirst.Order(), IdsOf(page).Order());
        Assert.Equal(5, page.Rows.Count);
    }

    [Fact]
    public async Task Search_HugePageSizeFromLink_ClampedToMax()
    {
        var search = OrderSearch.FromQuery(QueryHelpers.ParseQuery("?size=100000&from=2031-03-01&to=2031-03-31"));

        var page = await data.SearchAsync(search);

        Assert.Equal(OrderSearch.MaxPageSize, search.PageSize);
        Assert.Equal(OrderListFixture.Bulk + 5, page.Rows.Count);
    }

    [Fact]
    public async Task Search_ReversedDatesFromLink_SameAsInOrder()
    {
        var reversed = OrderSearch.FromQuery(QueryHelpers.ParseQuery("?from=2031-03-19&to=2031-03-01"));

        Assert.Equal(s_fiveNewestFirst, IdsOf(await data.SearchAsync(reversed)));
    }

    [Fact]
    public async Task Search_UnknownStatusFromLink_IgnoredNotFailing()
    {
        var search = OrderSearch.FromQuery(QueryHelpers.ParseQuery("?status=Bogus&from=2031-03-01&to=2031-03-19"));

        var page = await data.SearchAsync(search);

        Assert.Empty(search.Statuses);
        Assert.Equal(s_fiveNewestFirst, IdsOf(page));
    }

    [Theory]
    [InlineData(Roles.Warehouse, "139****1111")]
    [InlineData(Roles.Finance, "139****1111")]
    [InlineData(Roles.OpsManager, "13900001111")]
    [InlineData(Roles.Supervisor, "13900001111")]
    [InlineData(Roles.Admin, "13900001111")]
    public async Task Search_Phone_FullOnlyForRolesThatMaySeeIt(string role, string expected)
    {
        var page = await data.SearchAsync(FirstFive with { Text = "1111" }, role);

        Assert.Equal(expected, Assert.Single(page.Rows).Phone);
    }

    [Fact]
    public async Task Search_AnonymousViewer_Masked()
    {
        await using var scope = data.App.Services.CreateAsyncScope();
        var list = scope.ServiceProvider.GetRequiredService<OrderList>();

        var page = await list.SearchAsync(FirstFive with { Text = "1111" }, new(), TestContext.Current.CancellationToken);

        Assert.Equal("139****1111", Assert.Single(page.Rows).Phone);
    }
}
