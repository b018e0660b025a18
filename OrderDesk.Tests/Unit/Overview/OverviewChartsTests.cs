using System.Text.Json;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Overview;

namespace OrderDesk.Tests.Unit.Overview;

public sealed class OverviewChartsTests
{
    private static readonly IStringLocalizer s_text = new KeyLocalizer();
    private static readonly IStringLocalizer<SharedText> s_shared = new KeyLocalizer<SharedText>();

    [Fact]
    public void HourlySeries_TodayLine_StopsAtTheCurrentHour()
    {
        var today = Enumerable.Range(0, 24).Select(h => h < 10 ? 5 : 0).ToArray();
        var yesterday = Enumerable.Repeat(3, 24).ToArray();

        var json = JsonSerializer.SerializeToElement(OverviewCharts.HourlySeries(new HourlyOrders(today, yesterday, 9), s_text));

        var todayData = json[0].GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(24, todayData.Length);
        Assert.All(todayData[..10], v => Assert.Equal(5, v.GetInt32()));
        Assert.All(todayData[10..], v => Assert.Equal(JsonValueKind.Null, v.ValueKind));
        Assert.All(json[1].GetProperty("data").EnumerateArray(), v => Assert.Equal(3, v.GetInt32()));
    }

    [Fact]
    public void DailySeries_EveryPlatform_OneSeriesInEnumOrderMatchingTheColours()
    {
        var days = Enumerable.Range(0, 3).Select(i => new DateOnly(2027, 1, 1).AddDays(i)).ToArray();
        var counts = Enum.GetValues<Platform>().ToDictionary(p => p, p => new[] { (int)p, 0, 1 });
        var daily = new DailyOrders(days, counts);

        var series = JsonSerializer.SerializeToElement(OverviewCharts.DailySeries(daily, s_shared));
        var options = JsonSerializer.SerializeToElement(OverviewCharts.DailyOptions(daily, s_text));

        Assert.Equal(["Platform_Taobao / Platform_Tmall", "Platform_Jd", "Platform_Pinduoduo", "Platform_WebShop"],
            series.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([2, 0, 1], series[2].GetProperty("data").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(["01-01", "01-02", "01-03"],
            options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.True(options.GetProperty("chart").GetProperty("stacked").GetBoolean());
        Assert.Equal(Enum.GetValues<Platform>().Select(p => OverviewCharts.Colours[p]),
            options.GetProperty("colors").EnumerateArray().Select(c => c.GetString()));
    }

    /// <summary>Returns the key itself, so assertions see which text was asked for.</summary>
    private class KeyLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, name);
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private sealed class KeyLocalizer<T> : KeyLocalizer, IStringLocalizer<T>;
}
