using System.Globalization;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// The platforms speak China Standard Time (GMT+8, no daylight saving) in "yyyy-MM-dd HH:mm:ss" or Unix seconds;
/// a fixed offset is used rather than a time zone lookup so it works without tzdata on the host.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    private const string Pattern = "yyyy-MM-dd HH:mm:ss";

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString(Pattern, CultureInfo.InvariantCulture);

    public static string UnixSeconds(DateTimeOffset instant) =>
        instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not a China time (yyyy-MM-dd HH:mm:ss).");

    public static DateTimeOffset? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTime.TryParseExact(text.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset)
            : null;
    }
}
