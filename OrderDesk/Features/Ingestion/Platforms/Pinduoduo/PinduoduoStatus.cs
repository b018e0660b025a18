using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Ingestion.Platforms.Pinduoduo;

/// <summary>
/// PDD spreads an order's state over several numbers (PLATFORMS.md): order_status (1 to ship, 2 shipped, 3 signed),
/// confirm_status (0 not concluded, 1 concluded, 2 cancelled), refund_status, after_sales_status and
/// risk_control_status. The terminal facts (cancelled, refunded) win over the shipping stage.
/// </summary>
public static class PinduoduoStatus
{
    private const int Cancelled = 2;
    private const int Refunded = 4;
    private const int UnderReview = 1;
    /// <summary>refund_status 2 in after-sales, 3 refunding.</summary>
    private static readonly HashSet<int> s_refundOpen = [2, 3];
    /// <summary>after_sales_status 2 refund requested, 3 return requested, 4/5 agreed, 7 awaiting the buyer's return.</summary>
    private static readonly HashSet<int> s_afterSalesOpen = [2, 3, 4, 5, 7];

    public sealed record Facts(int OrderStatus, int ConfirmStatus, int RefundStatus, int AfterSalesStatus, int RiskControlStatus, bool HasPayTime);

    public static (OrderStatus Status, ShippingHold Hold) Of(Facts facts)
    {
        var status = facts switch
        {
            { ConfirmStatus: Cancelled } => OrderStatus.Cancelled,
            { RefundStatus: Refunded } or { AfterSalesStatus: 10 } => OrderStatus.Refunded,
            { HasPayTime: false, ConfirmStatus: 0 } => OrderStatus.PendingPayment,
            { OrderStatus: 1 } => OrderStatus.Paid,
            { OrderStatus: 2 } => OrderStatus.Shipped,
            { OrderStatus: 3 } => OrderStatus.Delivered,
            _ => throw new MappingException($"Unknown Pinduoduo order_status '{facts.OrderStatus}'."),
        };
        // Platform review first: PDD forbids shipping outright, whereas a refund request may still be withdrawn.
        var hold = status != OrderStatus.Paid ? ShippingHold.None
            : facts.RiskControlStatus == UnderReview ? ShippingHold.UnderPlatformReview
            : s_refundOpen.Contains(facts.RefundStatus) || s_afterSalesOpen.Contains(facts.AfterSalesStatus) ? ShippingHold.RefundRequested
            : ShippingHold.None;
        return (status, hold);
    }
}
