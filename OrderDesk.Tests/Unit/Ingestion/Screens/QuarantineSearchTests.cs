using Microsoft.AspNetCore.WebUtilities;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Screens;

namespace OrderDesk.Tests.Unit.Ingestion.Screens;

public sealed class QuarantineSearchTests
{
    private static QuarantineSearch Parse(string query) => QuarantineSearch.FromQuery(QueryHelpers.ParseQuery(query));

    [Fact]
    public void ToQueryString_EveryFilter_ReadsBackTheSame()
    {
        var search = new QuarantineSearch { ShopId = 4, Platform = Platform.Jd, Reason = "receiver_mobile 100%", Page = 3, PageSize = 50 };

        var query = search.ToQueryString();

        Assert.Equal("?shop=4&platform=Jd&q=receiver_mobile%20100%25&page=3&size=50", query);
        Assert.Equal(search, Parse(query));
    }

    [Fact]
    public void FromQuery_Nothing_DefaultsAndAnEmptyQueryString()
    {
        var search = Parse("");

        Assert.Equal(new QuarantineSearch(), search);
        Assert.False(search.HasFilters);
        Assert.Equal("", search.ToQueryString());
    }

    [Theory]
    [InlineData("?shop=abc&platform=1&page=-2&size=0", null, null, 1, QuarantineSearch.DefaultPageSize)]
    [InlineData("?shop=0&platform=Amazon&page=x&size=100000", null, null, 1, QuarantineSearch.MaxPageSize)]
    [InlineData("?SHOP=7&Platform=pinduoduo", 7L, Platform.Pinduoduo, 1, QuarantineSearch.DefaultPageSize)]
    public void FromQuery_Nonsense_IgnoredOrClamped(string query, long? shop, Platform? platform, int page, int size)
    {
        var search = Parse(query);

        Assert.Equal((shop, platform, page, size), (search.ShopId, search.Platform, search.Page, search.PageSize));
    }

    [Fact]
    public void ClearFilters_KeepsPageSizeOnly()
    {
        var cleared = new QuarantineSearch { ShopId = 1, Platform = Platform.Taobao, Reason = "x", Page = 4, PageSize = 50 }.ClearFilters();

        Assert.Equal(new QuarantineSearch { PageSize = 50 }, cleared);
    }
}
