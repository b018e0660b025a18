using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>Where a simulated order stands; each platform renders it in its own status words.</summary>
public enum SimState
{
    WaitPay,
    Paid,
    Shipped,
    Finished,
    Closed,
}

public enum SimRefund
{
    None,
    Requested,
    Refused,
    Refunded,
}

/// <summary>Something that happens to an order on the platform; every change bumps its modified time.</summary>
public enum SimChange
{
    Pay,
    Cancel,
    ChangeAddress,
    Ship,
    Sign,
    RequestRefund,
    RefuseRefund,
    Refund,
}

public sealed record SimLine(long LineId, string SkuCode, string Title, string Color, string Size, int Quantity, long PriceFen, bool Gift)
{
    public long TotalFen => PriceFen * Quantity;
}

public sealed record SimReceiver(
    string Name, string Mobile, string Province, string City, string District, string Detail, string Zip, bool MaskedMobile, bool EmptyCity)
{
    public string ShownMobile => MaskedMobile ? PhoneMask.Mask(Mobile) : Mobile;
}

/// <summary>One order as the simulated platform holds it (platform-neutral; stored as JSON in the simulator database).</summary>
public sealed class SimOrder
{
    public required string ShopCode { get; init; }
    public required Platform Platform { get; init; }
    public required string OrderId { get; init; }
    public required long Number { get; init; }
    public required DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset? ShippedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public SimState State { get; set; }
    public SimRefund Refund { get; set; }
    public required string BuyerId { get; init; }
    public required string BuyerName { get; init; }
    public required SimReceiver Receiver { get; set; }
    public required List<SimLine> Lines { get; init; }
    public long ShippingFen { get; init; }
    public long DiscountFen { get; init; }
    public string BuyerMessage { get; init; } = "";
    public string SellerMemo { get; set; } = "";
    public string TrackingNumber { get; set; } = "";
    public string Carrier { get; set; } = "";
    /// <summary>Changes applied so far; with the seed it picks the random stream of the next change.</summary>
    public int Version { get; set; }
    public SimChange? NextChange { get; set; }
    public DateTimeOffset? NextChangeAt { get; set; }

    public long GoodsFen => Lines.Where(l => !l.Gift).Sum(l => l.TotalFen);
    public long PaymentFen => GoodsFen - DiscountFen + ShippingFen;
    public bool EverPaid => PaidAt is not null;
}
