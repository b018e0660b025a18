namespace OrderDesk.Domain.Orders;

/// <summary>The canonical order lifecycle every platform's status words map onto.</summary>
public enum OrderStatus
{
    PendingPayment,
    Paid,
    InFulfillment,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    Refunded,
}
