using System.Globalization;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Overview;

/// <summary>The ApexCharts options of the overview's two charts; the page only passes data in.</summary>
internal static class OverviewCharts
{
    /// <summary>Platform brand colours, so a manager reads the stack without the legend.</summary>
    public static readonly IReadOnlyDictionary<Platform, string> Colours = new Dictionary<Platform, string>
    {
        [Platform.Taobao] = "#FF7A00",
        [Platform.Jd] = "#D7261E",
        [Platform.Pinduoduo] = "#E0457B",
        [Platform.WebShop] = "#1E5EFF",
    };

    public static string PlatformName(Platform platform, IStringLocalizer<SharedText> shared) => platform == Platform.Taobao
        ? $"{shared["Platform_Taobao"]} / {shared["Platform_Tmall"]}"
        : shared[$"Platform_{platform}"];

    public static object DailyOptions(DailyOrders daily, IStringLocalizer text) => new
    {
        chart = new { type = "bar", stacked = true, toolbar = new { show = false }, zoom = new { enabled = false } },
        colors = Enum.GetValues<Platform>().Select(p => Colours[p]).ToArray(),
        plotOptions = new
        {
            bar = new
            {
                columnWidth = "68%",
                borderRadius = 2,
                borderRadiusApplication = "end",
                borderRadiusWhenStacked = "last",
            },
        },
        dataLabels = new { enabled = false },
        xaxis = new
        {
            categories = daily.Days.Select(d => d.ToString("MM-dd", CultureInfo.InvariantCulture)).ToArray(),
            labels = new { rotate = -45, rotateAlways = false, hideOverlappingLabels = true },
            axisTicks = new { show = false },
        },
        yaxis = new { labels = new { formatter = "integer" }, min = 0, forceNiceScale = true },
        legend = new { position = "top", horizontalAlign = "left", fontSize = "13px" },
        tooltip = new { shared = true, intersect = false, y = new { formatter = "integer" } },
        states = new { hover = new { filter = new { type = "darken", value = 0.9 } } },
        noData = new { text = text["NoOrders"].Value },
    };

    public static object[] DailySeries(DailyOrders daily, IStringLocalizer<SharedText> shared) =>
        Enum.GetValues<Platform>().Select(p => (object)new { name = PlatformName(p, shared), data = daily.Counts[p] }).ToArray();

    public static object HourlyOptions(IStringLocalizer text) => new
    {
        chart = new { type = "line", toolbar = new { show = false }, zoom = new { enabled = false } },
        colors = new[] { "#1E5EFF", "#9AA5B8" },
        // Straight segments: a smoothed curve overshoots below zero in quiet night hours.
        stroke = new { width = new[] { 3, 2 }, curve = "straight", dashArray = new[] { 0, 5 } },
        markers = new { size = new[] { 3, 0 }, hover = new { size = 5 } },
        dataLabels = new { enabled = false },
        xaxis = new
        {
            categories = Enumerable.Range(0, 24).Select(h => h.ToString("00", CultureInfo.InvariantCulture)).ToArray(),
            labels = new { hideOverlappingLabels = true },
            tickAmount = 12,
            axisTicks = new { show = false },
        },
        yaxis = new { labels = new { formatter = "integer" }, min = 0, forceNiceScale = true },
        legend = new { position = "top", horizontalAlign = "left", fontSize = "13px" },
        tooltip = new { shared = true, intersect = false, y = new { formatter = "integer" } },
        noData = new { text = text["NoOrders"].Value },
    };

    /// <summary>Today's line stops at the current hour instead of dropping to zero for hours still to come.</summary>
    public static object[] HourlySeries(HourlyOrders hourly, IStringLocalizer text) =>
    [
        new { name = text["Today"].Value, data = hourly.Today.Select((c, h) => h <= hourly.CurrentHour ? c : (int?)null).ToArray() },
        new { name = text["Yesterday"].Value, data = hourly.Yesterday },
    ];
}
