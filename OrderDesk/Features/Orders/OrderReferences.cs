using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Orders;

/// <summary>Finding an order by what a person types into a "test against order" box.</summary>
public static class OrderReferences
{
    /// <summary>
    /// The order with this platform order id (the newest, should a platform reuse one), else with this id here; a
    /// leading # is ignored. Null when none matches.
    /// </summary>
    public static async Task<Order?> FindByReferenceAsync(this IQueryable<Order> orders, string? reference, CancellationToken ct)
    {
        reference = (reference ?? "").Trim().TrimStart('#');
        if (reference.Length == 0) return null;
        return await orders.OrderByDescending(o => o.Id).FirstOrDefaultAsync(o => o.PlatformOrderId == reference, ct)
            ?? (long.TryParse(reference, out var id) ? await orders.SingleOrDefaultAsync(o => o.Id == id, ct) : null);
    }
}
