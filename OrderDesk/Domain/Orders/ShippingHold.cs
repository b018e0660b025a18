namespace OrderDesk.Domain.Orders;

/// <summary>Why a paid order must not ship right now, as the platform says; None when it may.</summary>
public enum ShippingHold
{
    None,
    /// <summary>Taobao <c>PAID_FORBID_CONSIGN</c>: paid, but the platform forbids shipping yet.</summary>
    PlatformForbidsShipping,
    /// <summary>The buyer asked for a refund or return on the order or one of its lines.</summary>
    RefundRequested,
    /// <summary>Pinduoduo <c>risk_control_status = 1</c>: under platform review.</summary>
    UnderPlatformReview,
}
