using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Ingestion.Platforms.Taobao;

/// <summary>TOP trade status words (PLATFORMS.md) → canonical status and shipping hold.</summary>
public static class TaobaoStatus
{
    /// <summary>Line refund states in which the buyer's request is still open: shipping now would ship into a refund.</summary>
    private static readonly HashSet<string> s_openRefunds = ["WAIT_SELLER_AGREE", "WAIT_BUYER_RETURN_GOODS", "WAIT_SELLER_CONFIRM_GOODS"];

    public static (OrderStatus Status, ShippingHold Hold) Of(string status, bool paid, IReadOnlyList<string> lineRefundStates)
    {
        var canonical = status switch
        {
            "WAIT_BUYER_PAY" or "TRADE_NO_CREATE_PAY" or "PAY_PENDING" => OrderStatus.PendingPayment,
            "WAIT_SELLER_SEND_GOODS" or "PAID_FORBID_CONSIGN" => OrderStatus.Paid,
            "SELLER_CONSIGNED_PART" or "WAIT_BUYER_CONFIRM_GOODS" => OrderStatus.Shipped,
            "TRADE_BUYER_SIGNED" => OrderStatus.Delivered,
            "TRADE_FINISHED" => OrderStatus.Completed,
            // A closed trade that had been paid (or whose lines were refunded) ended in a refund; unpaid, it was cancelled.
            "TRADE_CLOSED" => paid || lineRefundStates.Contains("SUCCESS") ? OrderStatus.Refunded : OrderStatus.Cancelled,
            "TRADE_CLOSED_BY_TAOBAO" => OrderStatus.Cancelled,
            _ => throw new MappingException($"Unknown Taobao trade status '{status}'."),
        };
        // A hold stops shipping, so only a paid, unshipped order carries one. An open refund request outranks the
        // platform's forbid-consign: it is the one staff must act on.
        var hold = canonical != OrderStatus.Paid ? ShippingHold.None
            : lineRefundStates.Any(s_openRefunds.Contains) ? ShippingHold.RefundRequested
            : status == "PAID_FORBID_CONSIGN" ? ShippingHold.PlatformForbidsShipping
            : ShippingHold.None;
        return (canonical, hold);
    }
}
