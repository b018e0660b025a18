using System.Text.Json;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// Whether another page follows, from whichever the platform sent: its own has_next flag (cheap mode) or the total
/// count (asked for when the caller pages backwards, or always, as JD does).
/// </summary>
internal static class PullPages
{
    public static PullPage Of(IReadOnlyList<PulledOrder> orders, JsonElement body, string totalField, int page, int pageSize)
    {
        var total = body.OptionalInt(totalField);
        var hasNext = body.Text("has_next") == "true" || (total is { } count && page * pageSize < count);
        return new PullPage(orders, hasNext, total);
    }

    /// <summary>
    /// One order of a page. An order whose modification time cannot be read still goes through, stamped with the
    /// window's start so it cannot push the watermark ahead; the mapper's schema check then quarantines it where ops
    /// can see it, instead of one bad row failing every pull of the shop.
    /// </summary>
    public static PulledOrder Pulled(JsonElement order, string id, DateTimeOffset? modifiedAt, PullWindow window) =>
        new(id, modifiedAt ?? window.From, order.GetRawText());
}
