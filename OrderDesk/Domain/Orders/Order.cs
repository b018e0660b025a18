using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Orders;

/// <summary>
/// The canonical order, whatever platform it came from. Its status only moves along
/// <see cref="OrderLifecycle"/>; an illegal move throws instead of being ignored.
/// </summary>
public sealed class Order : IAudited
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderStatusChange> _statusHistory = [];

    public long Id { get; private set; }
    public Platform Platform { get; private set; }
    public string ShopCode { get; private set; } = "";
    public string PlatformOrderId { get; private set; } = "";
    public long ShopId { get; private set; }
    public long? CustomerId { get; private set; }
    public long? WarehouseId { get; private set; }
    public OrderStatus Status { get; private set; }
    public ShippingHold Hold { get; private set; }

    public string ReceiverName { get; private set; } = "";
    public string ReceiverPhone { get; private set; } = "";
    public string ReceiverPhoneLast4 { get; private set; } = "";
    public string ReceiverProvince { get; private set; } = "";
    public string ReceiverCity { get; private set; } = "";
    public string ReceiverDistrict { get; private set; } = "";
    public string ReceiverDetail { get; private set; } = "";
    public string ReceiverPostalCode { get; private set; } = "";

    public Money GoodsAmount { get; private set; }
    public Money ShippingFee { get; private set; }
    public Money Discount { get; private set; }
    public Money PaidAmount { get; private set; }

    public DateTimeOffset PlatformCreatedAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset PlatformModifiedAt { get; private set; }
    public DateTimeOffset IngestedAt { get; private set; }
    /// <summary>When our own weigh station shipped it; the platform keeps saying "paid" until it hears about the parcel.</summary>
    public DateTimeOffset? ShippedHereAt { get; private set; }

    public string BuyerMessage { get; private set; } = "";
    public string SellerMemo { get; private set; } = "";
    /// <summary>Why the order needs a person's attention (unknown SKU, oversell…); empty when none.</summary>
    public string ExceptionReason { get; private set; } = "";
    /// <summary>The inbox message this order's current state came from.</summary>
    public long? RawPayloadId { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;
    public IReadOnlyList<OrderStatusChange> StatusHistory => _statusHistory;

    public OrderKey Key => new(Platform, ShopCode, PlatformOrderId);
    public Receiver Receiver => new(ReceiverName, ReceiverPhone, ReceiverProvince, ReceiverCity,
        ReceiverDistrict, ReceiverDetail, ReceiverPostalCode);
    public OrderAmounts Amounts => new(GoodsAmount, ShippingFee, Discount, PaidAmount);
    public bool HasException => ExceptionReason.Length > 0;

    private Order() { }

    public static Order Create(
        OrderKey key,
        long shopId,
        OrderStatus status,
        Receiver receiver,
        IEnumerable<OrderLine> lines,
        OrderAmounts amounts,
        DateTimeOffset platformCreatedAt,
        DateTimeOffset? paidAt,
        DateTimeOffset platformModifiedAt,
        DateTimeOffset ingestedAt,
        string source)
    {
        var order = new Order
        {
            Platform = key.Platform,
            ShopCode = key.ShopCode,
            PlatformOrderId = key.PlatformOrderId,
            ShopId = shopId,
            Status = status,
            PlatformCreatedAt = platformCreatedAt.ToUniversalTime(),
            PaidAt = paidAt?.ToUniversalTime(),
            PlatformModifiedAt = platformModifiedAt.ToUniversalTime(),
            IngestedAt = ingestedAt.ToUniversalTime(),
        };
        order.SetReceiver(receiver);
        order.SetAmounts(amounts);
        order._lines.AddRange(lines);
        if (order._lines.Count == 0) throw new DomainRuleException($"Order {key} has no lines.");
        order._statusHistory.Add(new OrderStatusChange(null, status, platformCreatedAt.ToUniversalTime(), source));
        return order;
    }

    /// <summary>Moves to <paramref name="next"/> if the lifecycle allows it; records the step.</summary>
    public void MoveTo(OrderStatus next, DateTimeOffset at, string source)
    {
        if (next == Status) return; // a platform repeating the current status is not a change
        if (!OrderLifecycle.CanMove(Status, next))
            throw new DomainRuleException($"Order {Key} is {Status}; it cannot become {next}.");
        if (next == OrderStatus.Paid && PaidAt is null) PaidAt = at.ToUniversalTime();
        _statusHistory.Add(new OrderStatusChange(Status, next, at.ToUniversalTime(), source));
        Status = next;
    }

    /// <summary>
    /// Applies the platform's status. The platform does not know about our waves: while it still says "paid" an order
    /// in fulfilment or already shipped from here stays where it is. Anything else illegal still throws.
    /// </summary>
    public void FollowPlatform(OrderStatus platformStatus, DateTimeOffset at, string source)
    {
        var behindUs = Status == OrderStatus.InFulfillment || (Status == OrderStatus.Shipped && ShippedHereAt is not null);
        if (behindUs && platformStatus is OrderStatus.Paid or OrderStatus.InFulfillment) return;
        MoveTo(platformStatus, at, source);
    }

    /// <summary>The weigh station completed: the parcel left our warehouse.</summary>
    public void ShipHere(DateTimeOffset at, string source)
    {
        MoveTo(OrderStatus.Shipped, at, source);
        ShippedHereAt = at.ToUniversalTime();
    }

    public void SetReceiver(Receiver receiver)
    {
        ReceiverName = receiver.Name;
        ReceiverPhone = receiver.Phone;
        ReceiverPhoneLast4 = receiver.PhoneLastFour;
        ReceiverProvince = receiver.Province;
        ReceiverCity = receiver.City;
        ReceiverDistrict = receiver.District;
        ReceiverDetail = receiver.Detail;
        ReceiverPostalCode = receiver.PostalCode;
    }

    public void SetAmounts(OrderAmounts amounts)
    {
        if (amounts.Goods.Fen < 0 || amounts.Shipping.Fen < 0 || amounts.Discount.Fen < 0 || amounts.Paid.Fen < 0)
            throw new DomainRuleException($"Order {Key} has a negative amount.");
        GoodsAmount = amounts.Goods;
        ShippingFee = amounts.Shipping;
        Discount = amounts.Discount;
        PaidAmount = amounts.Paid;
    }

    public void AssignTo(Customers.Customer customer) => CustomerId = customer.Id;

    public void AssignWarehouse(long warehouseId) => WarehouseId = warehouseId;

    public void AddNotes(string buyerMessage, string sellerMemo)
    {
        BuyerMessage = buyerMessage;
        SellerMemo = sellerMemo;
    }

    public bool IsOnHold => Hold != ShippingHold.None;

    public void PlaceHold(ShippingHold hold) => Hold = hold;

    /// <summary>Replaces the lines with a newer platform version's; an order never ends up with none.</summary>
    public void ReplaceLines(IEnumerable<OrderLine> lines)
    {
        var next = lines.ToList();
        if (next.Count == 0) throw new DomainRuleException($"Order {Key} has no lines.");
        _lines.Clear();
        _lines.AddRange(next);
    }

    public void FlagException(string reason) => ExceptionReason = reason;

    public void ClearException() => ExceptionReason = "";

    public void LinkRawPayload(long inboxMessageId) => RawPayloadId = inboxMessageId;

    /// <summary>Applies a platform's later view of the order, but only if it really is later.</summary>
    public bool IsOlderThan(DateTimeOffset platformModifiedAt) => PlatformModifiedAt < platformModifiedAt;

    public void Touch(DateTimeOffset platformModifiedAt) => PlatformModifiedAt = platformModifiedAt.ToUniversalTime();
}
