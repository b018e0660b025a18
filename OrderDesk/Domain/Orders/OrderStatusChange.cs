namespace OrderDesk.Domain.Orders;

/// <summary>One step of an order's status timeline, with what caused it.</summary>
public sealed class OrderStatusChange
{
    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public OrderStatus? From { get; private set; }
    public OrderStatus To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Source { get; private set; } = "";

    private OrderStatusChange() { }

    public OrderStatusChange(OrderStatus? from, OrderStatus to, DateTimeOffset at, string source)
    {
        From = from;
        To = to;
        At = at;
        Source = source;
    }
}
