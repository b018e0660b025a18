using System.Text.Json;
using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>Which warehouse, station and stage a browser works as; kept in its localStorage.</summary>
public sealed record StationChoice(long WarehouseId, string Station, FulfillmentStage Stage)
{
    public const string StorageKey = "orderdesk-station";

    public string Href =>
        $"/stations/{Stage.ToString().ToLowerInvariant()}?warehouse={WarehouseId}&station={Uri.EscapeDataString(Station)}";

    public string ToJson() => JsonSerializer.Serialize(new Stored(WarehouseId, Station, Stage.ToString()));

    /// <summary>What a browser stored, or null when it is missing or not ours (an old format, a hand edit).</summary>
    public static StationChoice? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(json);
            return stored is { Station.Length: > 0 } && Enum.TryParse<FulfillmentStage>(stored.Stage, out var stage) && stage.IsSigned()
                ? new StationChoice(stored.WarehouseId, stored.Station, stage)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Stored(long WarehouseId, string Station, string Stage);
}
