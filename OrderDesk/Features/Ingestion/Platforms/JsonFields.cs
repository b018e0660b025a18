using System.Globalization;
using System.Text.Json;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// Lenient reads of platform JSON: platforms send ids and counts sometimes as numbers, sometimes as strings, and
/// leave optional fields out or null. Missing text reads as "", so mappers need no null checks.
/// </summary>
internal static class JsonFields
{
    public static string Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => "",
            }
            : "";

    public static string FirstText(this JsonElement element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var text = element.Text(name);
            if (text.Length > 0) return text;
        }
        return "";
    }

    public static JsonElement Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static IEnumerable<JsonElement> Items(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];

    public static int Int(this JsonElement element, string name) =>
        int.Parse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static int? OptionalInt(this JsonElement element, string name) =>
        int.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A yuan amount sent as a decimal string ("128.00"); absent means zero.</summary>
    public static Money YuanString(this JsonElement element, string name)
    {
        var text = element.Text(name);
        return text.Length == 0 ? Money.Zero : Money.ParseYuan(text);
    }

    /// <summary>
    /// A yuan amount sent as a JSON number (19.9). GetDecimal reads the literal digits, so 19.9 is exactly 1990 fen;
    /// going through double would not be.
    /// </summary>
    public static Money YuanNumber(this JsonElement element, string name)
    {
        var value = element.Child(name);
        return value.ValueKind switch
        {
            JsonValueKind.Number => Money.FromYuan(value.GetDecimal()),
            JsonValueKind.String => Money.ParseYuan(value.GetString() ?? ""),
            _ => Money.Zero,
        };
    }

    public static DateTimeOffset ChinaTime(this JsonElement element, string name) => Platforms.ChinaTime.Parse(element.Text(name));

    public static DateTimeOffset? OptionalChinaTime(this JsonElement element, string name) =>
        Platforms.ChinaTime.TryParse(element.Text(name));
}
