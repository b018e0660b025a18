using System.Globalization;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>The time formats the platforms use: China time (UTC+8, no daylight saving).</summary>
public static class SimTime
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public static string ChinaText(DateTimeOffset time) => time.ToOffset(China).ToString(Format, CultureInfo.InvariantCulture);

    public static string? ChinaText(DateTimeOffset? time) => time is { } t ? ChinaText(t) : null;

    public static bool TryParseChina(string? text, out DateTimeOffset time)
    {
        time = default;
        if (!DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        time = new DateTimeOffset(local, China);
        return true;
    }

    /// <summary>ISO 8601 with the +08:00 offset, as a Chinese web shop's API writes it.</summary>
    public static string Iso(DateTimeOffset time) => time.ToOffset(China).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string? Iso(DateTimeOffset? time) => time is { } t ? Iso(t) : null;

    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
