using System.Collections.Frozen;

namespace OrderDesk.Domain.Orders;

/// <summary>Which canonical status may follow which. Anything not listed is illegal.</summary>
public static class OrderLifecycle
{
    private static readonly FrozenDictionary<OrderStatus, OrderStatus[]> s_next = new Dictionary<OrderStatus, OrderStatus[]>
    {
        [OrderStatus.PendingPayment] = [OrderStatus.Paid, OrderStatus.Cancelled],
        // A platform may report an order shipped by the seller's other tools, so Paid → Shipped is legal.
        [OrderStatus.Paid] = [OrderStatus.InFulfillment, OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.Refunded],
        // Released from a wave back to Paid when a hold arrives mid-flow.
        [OrderStatus.InFulfillment] = [OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.Refunded],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.Completed, OrderStatus.Refunded],
        [OrderStatus.Delivered] = [OrderStatus.Completed, OrderStatus.Refunded],
        [OrderStatus.Completed] = [OrderStatus.Refunded],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    }.ToFrozenDictionary();

    public static bool CanMove(OrderStatus from, OrderStatus to) => s_next[from].Contains(to);

    public static IReadOnlyList<OrderStatus> NextOf(OrderStatus from) => s_next[from];

    public static bool IsTerminal(OrderStatus status) => s_next[status].Length == 0;
}
