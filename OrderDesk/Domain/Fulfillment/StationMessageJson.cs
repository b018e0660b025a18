using System.Globalization;
using System.Text.Json;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// A <see cref="StationMessage"/> as it is kept on a record (<see cref="ScanEvent.Detail"/>,
/// <see cref="ShippingError.Detail"/>), so a screen can word it in its reader's language long after the scan. Every
/// argument carries its type (<c>{"key":"WrongStage","args":[{"stage":"Pick"},{"stage":"Check"}]}</c>): a stage
/// must come back a stage to be named, an instant an instant to be shown in local time.
/// </summary>
public static class StationMessageJson
{
    private const string KeyName = "key", ArgsName = "args";
    private const string Text = "text", Int = "int", Long = "long", Decimal = "decimal", Stage = "stage", Status = "status",
        Hold = "hold", At = "at", Message = "message";

    /// <summary>
    /// The message as JSON; null for no message, or when an argument has a type this form does not keep (the record
    /// then has only its English note, rather than a detail that would read differently).
    /// </summary>
    public static string? Write(StationMessage message)
    {
        if (message.IsEmpty || !Writable(message)) return null;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) WriteMessage(json, message);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The message kept by <see cref="Write"/>; null for none, and for anything it cannot read back — never throws.</summary>
    public static StationMessage? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMessage(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static bool Writable(StationMessage message) => message.Args.All(a => a is string or int or long or decimal
        or FulfillmentStage or OrderStatus or ShippingHold or DateTimeOffset || a is StationMessage nested && !nested.IsEmpty && Writable(nested));

    private static void WriteMessage(Utf8JsonWriter json, StationMessage message)
    {
        json.WriteStartObject();
        json.WriteString(KeyName, message.Key);
        json.WriteStartArray(ArgsName);
        foreach (var argument in message.Args) WriteArgument(json, argument);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArgument(Utf8JsonWriter json, object argument)
    {
        json.WriteStartObject();
        switch (argument)
        {
            case string text: json.WriteString(Text, text); break;
            case int number: json.WriteNumber(Int, number); break;
            case long number: json.WriteNumber(Long, number); break;
            case decimal number: json.WriteNumber(Decimal, number); break;
            case FulfillmentStage stage: json.WriteString(Stage, stage.ToString()); break;
            case OrderStatus status: json.WriteString(Status, status.ToString()); break;
            case ShippingHold hold: json.WriteString(Hold, hold.ToString()); break;
            case DateTimeOffset at: json.WriteString(At, at.ToString("O", CultureInfo.InvariantCulture)); break;
            case StationMessage nested:
                json.WritePropertyName(Message);
                WriteMessage(json, nested);
                break;
        }
        json.WriteEndObject();
    }

    private static StationMessage? ReadMessage(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(KeyName, out var key) || key.ValueKind != JsonValueKind.String || key.GetString() is not { Length: > 0 } name
            || !element.TryGetProperty(ArgsName, out var args) || args.ValueKind != JsonValueKind.Array)
            return null;
        var arguments = new List<object>();
        foreach (var arg in args.EnumerateArray())
        {
            if (ReadArgument(arg) is not { } argument) return null;
            arguments.Add(argument);
        }
        return new StationMessage(name, [.. arguments]);
    }

    private static object? ReadArgument(JsonElement arg)
    {
        if (arg.ValueKind != JsonValueKind.Object) return null;
        using var properties = arg.EnumerateObject();
        if (!properties.MoveNext()) return null;
        var (type, value) = (properties.Current.Name, properties.Current.Value);
        if (properties.MoveNext()) return null;
        return type switch
        {
            Text when value.ValueKind == JsonValueKind.String => value.GetString(),
            Int when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) => number,
            Long when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) => number,
            Decimal when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) => number,
            Stage => Named<FulfillmentStage>(value),
            Status => Named<OrderStatus>(value),
            Hold => Named<ShippingHold>(value),
            At when value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParseExact(value.GetString(), "O",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => at,
            Message => ReadMessage(value),
            _ => null,
        };
    }

    // By name only: a number, or a name no longer in the enum, is not a value this code knows how to word.
    private static object? Named<T>(JsonElement value) where T : struct, Enum =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } name && !char.IsAsciiDigit(name[0]) && name[0] != '-'
        && Enum.TryParse<T>(name, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
