using System.Net;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Overview;

/// <summary>The overview over real HTTP: prerendered for every role, and the chart's scripts are served.</summary>
public sealed class OverviewPageTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("admin")]
    [InlineData("ops")]
    [InlineData("warehouse")]
    [InlineData("supervisor")]
    [InlineData("finance")]
    public async Task Get_EachRole_PrerendersTilesAndChartContainers(string role)
    {
        var client = await app.SignedInAsync($"{role}@demo.orderdesk");

        var response = await client.GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<h1[^>]*>Overview</h1>", html);
        Assert.Contains("data-testid=\"kpi-orders\"", html);
        Assert.Contains("data-testid=\"kpi-awaiting\"", html);
        Assert.Contains("id=\"overview-daily\"", html);
        Assert.Contains("id=\"overview-hourly\"", html);
        Assert.Contains("Orders per day, last 30 days, by platform", html);
        // Every demo role may open the orders list, so the tiles link into it with its filters.
        Assert.Contains("href=\"/orders?status=Paid\"", html);
        Assert.Contains($"href=\"/orders?from={Today()}&amp;to={Today()}\"", html);
    }

    [Fact]
    public async Task Get_InChinese_ShowsChineseHeadingAndTiles()
    {
        var client = await app.SignedInAsync("ops@demo.orderdesk");
        await client.GetAsync("/culture/zh-Hans?returnUrl=/", Ct);

        // Blazor writes non-ASCII text as character references.
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));

        Assert.Matches("<h1[^>]*>概览</h1>", html);
        Assert.Contains("今日订单", html);
        Assert.Contains("近 30 天每日订单（按平台）", html);
    }

    [Fact]
    public async Task Get_Anonymous_IsSentToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/Components/ApexChart.razor.js", "export async function create")]
    [InlineData("/lib/apexcharts/apexcharts.min.js", "ApexCharts v7.9.1")]
    public async Task Get_ChartScripts_AreServedFromTheApp(string path, string expected)
    {
        var client = await app.SignedInAsync("ops@demo.orderdesk");

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(Ct));
    }

    private string Today() =>
        TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
