namespace OrderDesk.Features.Orders;

/// <summary>The orders list's sort orders; each has an index-friendly tie-break on the order's database id.</summary>
public enum OrderSort
{
    CreatedDesc,
    CreatedAsc,
    AmountDesc,
    AmountAsc,
}

/// <summary>The URL spelling of <see cref="OrderSort"/> (snake case, as in <c>sort=created_desc</c>).</summary>
public static class OrderSorts
{
    private static readonly Dictionary<string, OrderSort> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["created_desc"] = OrderSort.CreatedDesc,
        ["created_asc"] = OrderSort.CreatedAsc,
        ["amount_desc"] = OrderSort.AmountDesc,
        ["amount_asc"] = OrderSort.AmountAsc,
    };

    public static bool TryParse(string text, out OrderSort sort) => s_byName.TryGetValue(text, out sort);

    public static string Name(OrderSort sort) => s_byName.First(p => p.Value == sort).Key;
}
