using System.Globalization;

namespace OrderDesk.Hosting;

/// <summary>Shows UTC instants in the business's configured time zone.</summary>
public sealed class TimeDisplay(OrderDeskOptions options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public string DateTime(DateTimeOffset utc) => Local(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public string DateTime(DateTimeOffset? utc) => utc is { } t ? DateTime(t) : "—";

    public string Date(DateTimeOffset utc) => Local(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant at which the given local calendar day starts.</summary>
    public DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);
}
