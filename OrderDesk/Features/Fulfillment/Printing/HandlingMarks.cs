using OrderDesk.Domain.Catalog;

namespace OrderDesk.Features.Fulfillment.Printing;

/// <summary>A mark the parcel needs, and the product categories that call for it.</summary>
public sealed record HandlingMark(HandlingFlags Flag, IReadOnlyList<string> Categories);

public static class HandlingMarks
{
    private static readonly HandlingFlags[] s_order = [HandlingFlags.Fragile, HandlingFlags.ThisSideUp, HandlingFlags.Liquid, HandlingFlags.KeepDry];

    /// <summary>
    /// The marks for a parcel holding these SKUs, most urgent first. Fragile goods also travel this side up:
    /// a glass stood on its rim breaks however well it is wrapped.
    /// </summary>
    public static IReadOnlyList<HandlingMark> For(IEnumerable<(string Category, HandlingFlags Handling)> items)
    {
        var byFlag = new Dictionary<HandlingFlags, SortedSet<string>>();
        foreach (var (category, handling) in items)
        {
            var flags = handling.HasFlag(HandlingFlags.Fragile) ? handling | HandlingFlags.ThisSideUp : handling;
            foreach (var flag in s_order.Where(f => flags.HasFlag(f)))
            {
                if (!byFlag.TryGetValue(flag, out var categories)) byFlag[flag] = categories = new SortedSet<string>(StringComparer.Ordinal);
                if (category.Length > 0) categories.Add(category);
            }
        }
        return [.. s_order.Where(byFlag.ContainsKey).Select(f => new HandlingMark(f, [.. byFlag[f]]))];
    }
}
