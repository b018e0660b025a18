using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>How the orders of a wave were chosen.</summary>
public enum WaveRelease
{
    /// <summary>Every ready order paid before a cut-off time.</summary>
    CutOff,
    /// <summary>Every ready order the carrier rules send with one carrier.</summary>
    Carrier,
    /// <summary>Orders a person picked from the ready list.</summary>
    Manual,
}

/// <summary>A batch of ready orders of one warehouse released together for picking, most urgent first.</summary>
public sealed class Wave
{
    public const int MaxOrders = 200;

    private readonly List<WaveOrder> _orders = [];

    public long Id { get; private set; }
    public long WarehouseId { get; private set; }
    public string Number { get; private set; } = "";
    public WaveRelease Release { get; private set; }
    /// <summary>The cut-off time or carrier code the wave was released by; empty for a manual selection.</summary>
    public string Criterion { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public IReadOnlyList<WaveOrder> Orders => _orders;

    private Wave() { }

    public Wave(long warehouseId, string number, WaveRelease release, string criterion, DateTimeOffset createdAt, string createdBy)
    {
        if (string.IsNullOrWhiteSpace(number)) throw new DomainRuleException("A wave needs a number.");
        WarehouseId = warehouseId;
        Number = number;
        Release = release;
        Criterion = criterion;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    /// <summary>Adds ready orders, most urgent ship-by first; the caller has checked they are ready (see <see cref="WaveOrder.For"/>).</summary>
    public void Add(IEnumerable<WaveOrder> orders)
    {
        var next = orders.OrderBy(o => o.ShipBy).ThenBy(o => o.OrderId).ToList();
        if (_orders.Count + next.Count == 0) throw new DomainRuleException("No order is ready to ship in this warehouse for that selection.");
        if (_orders.Count + next.Count > MaxOrders) throw new DomainRuleException($"A wave holds at most {MaxOrders} orders.");
        foreach (var order in next)
        {
            order.PlaceInWave(this, _orders.Count + 1);
            _orders.Add(order);
        }
    }
}
