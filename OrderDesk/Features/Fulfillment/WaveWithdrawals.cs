using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Fulfillment;

/// <summary>
/// Takes orders out of their waves where the news arrives: the inbox calls it, inside its write transaction, for the
/// orders a hold, cancellation, refund or line change just moved out of fulfilment. The wave order is withdrawn with
/// a trail line signed by the system, before any station refreshes its queue or scans.
/// </summary>
internal static class WaveWithdrawals
{
    private static readonly StationWorker s_system = new(CurrentUser.System, CurrentUser.System, "-");

    /// <param name="orders">Tracked orders, already changed; those that may still ship are left in their wave.</param>
    public static async Task WithdrawAsync(OrderDeskDbContext db, IReadOnlyCollection<Order> orders, DateTimeOffset now, CancellationToken ct)
    {
        var byId = orders.ToDictionary(o => o.Id);
        if (byId.Count == 0) return;
        var ids = byId.Keys.ToList();
        // Inlined, the stages read exactly as the filter of IX_WaveOrders_OrderId_Open, so SQLite can use that index.
        var open = await db.WaveOrders.Where(w => ids.Contains(w.OrderId) && EF.Constant(FulfillmentStages.Signed).Contains(w.Stage))
            .ToListAsync(ct);
        foreach (var waveOrder in open)
        {
            if (waveOrder.LeaveIfStopped(byId[waveOrder.OrderId], s_system, now) is { } line) db.ScanEvents.Add(line);
        }
    }
}
