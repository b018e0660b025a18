using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Ingestion.Platforms.Jd;

/// <summary>JD orderState words (PLATFORMS.md) → canonical status and shipping hold.</summary>
public static class JdStatus
{
    public static (OrderStatus Status, ShippingHold Hold) Of(string orderState) => orderState switch
    {
        "WAIT_SELLER_STOCK_OUT" => (OrderStatus.Paid, ShippingHold.None),
        "WAIT_GOODS_RECEIVE_CONFIRM" => (OrderStatus.Shipped, ShippingHold.None),
        "FINISHED_L" => (OrderStatus.Completed, ShippingHold.None),
        "TRADE_CANCELED" => (OrderStatus.Cancelled, ShippingHold.None),
        // Locked and paused orders are paid but JD will not accept a shipment for them until released.
        "LOCKED" or "PAUSE" or "POP_ORDER_PAUSE" => (OrderStatus.Paid, ShippingHold.PlatformForbidsShipping),
        _ => throw new MappingException($"Unknown JD order state '{orderState}'."),
    };
}
