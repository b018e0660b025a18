using System.Globalization;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Overview;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Monitoring;

/// <summary>The ApexCharts options of the board's stacked inflow chart, in the overview's platform colours.</summary>
internal static class BoardChart
{
    public static object Options(InflowSeries inflow, TimeDisplay time, IStringLocalizer text) => new
    {
        // Stacked columns rather than areas: with one-minute buckets a quiet minute is a gap, which an area would smear over.
        chart = new { type = "bar", stacked = true, toolbar = new { show = false }, zoom = new { enabled = false }, animations = new { enabled = false } },
        colors = Enum.GetValues<Platform>().Select(p => OverviewCharts.Colours[p]).ToArray(),
        plotOptions = new { bar = new { columnWidth = "85%" } },
        dataLabels = new { enabled = false },
        xaxis = new
        {
            categories = inflow.Starts.Select(start => Label(time.Local(start), inflow.Bucket)).ToArray(),
            labels = new { rotate = 0, hideOverlappingLabels = true },
            tickAmount = 12,
            axisTicks = new { show = false },
        },
        yaxis = new { labels = new { formatter = "integer" }, min = 0, forceNiceScale = true },
        legend = new { position = "top", horizontalAlign = "left", fontSize = "13px" },
        tooltip = new { shared = true, intersect = false, y = new { formatter = "integer" } },
        noData = new { text = text["NoInflow"].Value },
    };

    public static object[] Series(InflowSeries inflow, IStringLocalizer<SharedText> shared) =>
        Enum.GetValues<Platform>().Select(p => (object)new { name = OverviewCharts.PlatformName(p, shared), data = inflow.Counts[p] }).ToArray();

    private static string Label(DateTimeOffset local, TimeSpan bucket) =>
        local.ToString(bucket >= TimeSpan.FromHours(1) ? "MM-dd HH:00" : "HH:mm", CultureInfo.InvariantCulture);
}
