using Microsoft.AspNetCore.WebUtilities;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Orders;

namespace OrderDesk.Tests.Unit.Orders;

public sealed class OrderSearchTests
{
    private static OrderSearch Parse(string query) => OrderSearch.FromQuery(QueryHelpers.ParseQuery(query));

    [Fact]
    public void FromQuery_SharedLinkFromTheIssue_ReadsEveryPart()
    {
        var search = Parse("?status=Paid&platform=Jd&q=1234&from=2026-11-01&to=2026-11-20&page=3&size=50&sort=created_desc");

        Assert.Equal([OrderStatus.Paid], search.Statuses);
        Assert.Equal(Storefront.Jd, search.Storefront);
        Assert.Equal("1234", search.Text);
        Assert.Equal(new DateOnly(2026, 11, 1), search.From);
        Assert.Equal(new DateOnly(2026, 11, 20), search.To);
        Assert.Equal(3, search.Page);
        Assert.Equal(50, search.PageSize);
        Assert.Equal(OrderSort.CreatedDesc, search.Sort);
        Assert.Empty(search.Problems);
    }

    [Fact]
    public void FromQuery_Nothing_Defaults()
    {
        var search = Parse("");

        Assert.Equal(1, search.Page);
        Assert.Equal(OrderSearch.DefaultPageSize, search.PageSize);
        Assert.Equal(OrderSort.CreatedDesc, search.Sort);
        Assert.False(search.HasFilters);
        Assert.Empty(search.Problems);
        Assert.Equal("", search.ToQueryString());
    }

    public static TheoryData<string, string, SearchProblemKind> BadInput => new()
    {
        { "?status=Bogus", "status", SearchProblemKind.UnknownValue },
        { "?status=3", "status", SearchProblemKind.UnknownValue },
        { "?platform=Amazon", "platform", SearchProblemKind.UnknownValue },
        { "?shop=abc", "shop", SearchProblemKind.UnknownValue },
        { "?shop=-4", "shop", SearchProblemKind.UnknownValue },
        { "?warehouse=1e3", "warehouse", SearchProblemKind.UnknownValue },
        { "?from=2026-13-01", "from", SearchProblemKind.UnknownValue },
        { "?to=yesterday", "to", SearchProblemKind.UnknownValue },
        { "?sort=price", "sort", SearchProblemKind.UnknownValue },
        { "?page=abc", "page", SearchProblemKind.UnknownValue },
        { "?page=-2", "page", SearchProblemKind.Clamped },
        { "?page=0", "page", SearchProblemKind.Clamped },
        { "?page=99999999999", "page", SearchProblemKind.Clamped },
        { "?size=100000", "size", SearchProblemKind.Clamped },
        { "?size=1", "size", SearchProblemKind.Clamped },
        { "?size=ten", "size", SearchProblemKind.UnknownValue },
        { "?from=2026-12-01&to=2026-11-01", "from", SearchProblemKind.DatesSwapped },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void FromQuery_BadValue_ReportedNeverThrown(string query, string parameter, SearchProblemKind kind)
    {
        var search = Parse(query);

        var problem = Assert.Single(search.Problems);
        Assert.Equal(parameter, problem.Parameter);
        Assert.Equal(kind, problem.Kind);
    }

    public static TheoryData<string, int, int> Paging => new()
    {
        { "?size=100000", 1, OrderSearch.MaxPageSize },
        { "?size=1", 1, OrderSearch.MinPageSize },
        { "?size=30", 1, 30 },
        { "?page=-5", 1, OrderSearch.DefaultPageSize },
        { "?page=7&size=50", 7, 50 },
        // The list never pages past its horizon: 10,000 rows at 25 a page is page 400.
        { "?page=100000", 400, OrderSearch.DefaultPageSize },
        { "?page=100000&size=100", 100, 100 },
    };

    [Theory]
    [MemberData(nameof(Paging))]
    public void FromQuery_PageAndSize_ClampedIntoRange(string query, int page, int size)
    {
        var search = Parse(query);

        Assert.Equal(page, search.Page);
        Assert.Equal(size, search.PageSize);
    }

    [Fact]
    public void FromQuery_ReversedDates_Swapped()
    {
        var search = Parse("?from=2026-12-01&to=2026-11-01");

        Assert.Equal(new DateOnly(2026, 11, 1), search.From);
        Assert.Equal(new DateOnly(2026, 12, 1), search.To);
        Assert.Equal("2026-11-01 – 2026-12-01", search.Problems[0].Used);
    }

    [Fact]
    public void FromQuery_UnknownStatusNextToKnownOnes_KeepsTheKnown()
    {
        var search = Parse("?status=shipped,Bogus&status=PAID&status=Paid");

        Assert.Equal([OrderStatus.Paid, OrderStatus.Shipped], search.Statuses);
        Assert.Equal("Bogus", Assert.Single(search.Problems).Given);
    }

    [Theory]
    [InlineData("?platform=tmall", Storefront.Tmall)]
    [InlineData("?platform=Taobao", Storefront.Taobao)]
    [InlineData("?platform=webshop", Storefront.WebShop)]
    [InlineData("?PLATFORM=jd", Storefront.Jd)]
    public void FromQuery_Platform_CaseInsensitive(string query, Storefront expected) =>
        Assert.Equal(expected, Parse(query).Storefront);

    [Theory]
    [InlineData("?q=%20%20王%20%20芳%20", "王 芳")]
    [InlineData("?q=", "")]
    public void FromQuery_Text_TrimmedAndCollapsed(string query, string expected) =>
        Assert.Equal(expected, Parse(query).Text);

    [Fact]
    public void FromQuery_VeryLongText_Truncated() =>
        Assert.Equal(OrderSearch.MaxTextLength, Parse("?q=" + new string('7', 500)).Text.Length);

    public static TheoryData<string> RoundTrips => new()
    {
        "",
        "?status=Paid",
        "?platform=Tmall&shop=12&status=Paid,Shipped,Refunded&warehouse=3&from=2026-11-01&to=2026-11-20&q=%E7%8E%8B%E8%8A%B3&page=3&size=50&sort=amount_asc",
        "?q=TS-RED-M&sort=created_asc",
        "?page=2&size=10",
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void ToQuery_FromQuery_RoundTripsExactly(string query)
    {
        var search = Parse(query);

        Assert.Equal(query, search.ToQueryString());
        Assert.Equal(search.ToQueryString(), Parse(search.ToQueryString()).ToQueryString());
    }

    [Fact]
    public void ToQuery_Defaults_LeftOutSoLinksStayShort()
    {
        var search = Parse("?page=1&size=25&sort=created_desc&status=Paid");

        Assert.Equal("?status=Paid", search.ToQueryString());
    }

    [Fact]
    public void ToQuery_BadLink_WritesWhatWasUsed()
    {
        var search = Parse("?status=Bogus&size=100000&from=2026-12-01&to=2026-11-01&page=-1");

        Assert.Equal("?from=2026-11-01&to=2026-12-01&size=100", search.ToQueryString());
    }
}
