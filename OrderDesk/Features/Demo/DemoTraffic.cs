using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>
/// When demo orders are placed: each platform's hour-of-day curve (China time), weekend habits,
/// shopping festivals, a mild upward trend and day-to-day noise, sampled hour slot by hour slot.
/// </summary>
public static class DemoTraffic
{
    /// <summary>Chinese platforms run on Beijing time, which has no daylight saving.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    // Evening peak 20–23 h, quiet small hours, a lunchtime bump; JD leans to office hours, PDD to late night.
    private static readonly double[] s_taobaoHours =
        [0.55, 0.30, 0.15, 0.08, 0.06, 0.07, 0.15, 0.35, 0.55, 0.75, 0.90, 0.95, 1.20, 1.05, 0.85, 0.85, 0.85, 0.80, 0.85, 1.05, 1.45, 1.75, 1.60, 1.05];
    private static readonly double[] s_jdHours =
        [0.40, 0.20, 0.10, 0.06, 0.05, 0.07, 0.20, 0.45, 0.80, 1.10, 1.20, 1.10, 1.20, 1.05, 1.05, 1.05, 1.00, 0.90, 0.85, 0.95, 1.25, 1.40, 1.25, 0.80];
    private static readonly double[] s_pddHours =
        [0.75, 0.45, 0.22, 0.12, 0.08, 0.10, 0.25, 0.50, 0.65, 0.75, 0.85, 0.95, 1.40, 1.20, 0.90, 0.85, 0.85, 0.85, 0.95, 1.15, 1.50, 1.75, 1.80, 1.25];
    private static readonly double[] s_webHours =
        [0.35, 0.18, 0.08, 0.05, 0.05, 0.07, 0.20, 0.40, 0.70, 0.95, 1.05, 1.05, 1.10, 1.00, 1.00, 1.00, 0.95, 0.90, 0.90, 1.00, 1.20, 1.30, 1.10, 0.65];

    public static double HourWeight(Platform platform, int chinaHour) => platform switch
    {
        Platform.Jd => s_jdHours[chinaHour],
        Platform.Pinduoduo => s_pddHours[chinaHour],
        Platform.WebShop => s_webHours[chinaHour],
        _ => s_taobaoHours[chinaHour],
    };

    /// <summary>Taobao and PDD shoppers buy more at weekends; JD's office buyers and the web shop less.</summary>
    public static double DayWeight(Platform platform, DateOnly chinaDate)
    {
        var weekend = chinaDate.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var weekday = platform switch
        {
            Platform.Jd => weekend ? 0.85 : 1.0,
            Platform.Pinduoduo => weekend ? 1.3 : 1.0,
            Platform.WebShop => weekend ? 0.75 : chinaDate.DayOfWeek == DayOfWeek.Monday ? 1.1 : 1.0,
            _ => weekend ? 1.18 : 1.0,
        };
        var festival = (chinaDate.Month, chinaDate.Day) switch
        {
            (11, 11) => 3.0,
            (6, 18) => platform == Platform.Jd ? 3.0 : 2.0,
            (12, 12) => 2.0,
            (11, 10) or (11, 12) => 1.3,
            _ => 1.0,
        };
        return weekday * festival;
    }

    /// <summary>
    /// Creation times for <paramref name="count"/> orders of one shop between <paramref name="from"/>
    /// and <paramref name="to"/>; the last hour counts only as far as it has gone.
    /// </summary>
    public static List<DateTimeOffset> Sample(Random random, Platform platform, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var slots = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        var weights = new List<double>();
        var total = 0.0;
        var span = (to - from).TotalHours;
        var dayNoise = new Dictionary<DateOnly, double>();
        // Slots end on full hours (Beijing time is a whole-hour offset), so each one has one hour-of-day weight.
        for (DateTimeOffset start = from, end; start < to; start = end)
        {
            var nextHour = new DateTimeOffset(start.UtcTicks - start.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero).AddHours(1);
            end = nextHour < to ? nextHour : to;
            var china = start.ToOffset(ChinaOffset);
            var date = DateOnly.FromDateTime(china.DateTime);
            if (!dayNoise.TryGetValue(date, out var noise)) dayNoise[date] = noise = 0.9 + 0.2 * random.NextDouble();
            var trend = 1 + 0.3 * (start - from).TotalHours / span;
            var weight = HourWeight(platform, china.Hour) * DayWeight(platform, date) * trend * noise * (end - start).TotalHours;
            slots.Add((start, end));
            weights.Add(total += weight);
        }

        var times = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            var index = weights.BinarySearch(random.NextDouble() * total);
            var (start, end) = slots[Math.Min(index < 0 ? ~index : index, slots.Count - 1)];
            times.Add(start + (end - start) * random.NextDouble());
        }
        return times;
    }
}
