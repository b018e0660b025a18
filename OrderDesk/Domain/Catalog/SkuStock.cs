using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Catalog;

/// <summary>Stock of one SKU in one warehouse: what is on the shelf and what orders have claimed.</summary>
public sealed class SkuStock
{
    public long SkuId { get; private set; }
    public long WarehouseId { get; private set; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    /// <summary>Where pickers find the SKU in this warehouse (aisle-rack-level, e.g. "A-03-2"); pick lists sort by it.</summary>
    public string BinLocation { get; private set; } = "";

    public int Available => OnHand - Reserved;

    private SkuStock() { }

    public SkuStock(long skuId, long warehouseId, int onHand)
    {
        if (onHand < 0) throw new DomainRuleException("Stock on hand cannot be negative.");
        SkuId = skuId;
        WarehouseId = warehouseId;
        OnHand = onHand;
    }

    /// <summary>Reserves even beyond what is available, and says so: an oversold order is flagged, never dropped.</summary>
    public bool Reserve(int quantity)
    {
        if (quantity <= 0) throw new DomainRuleException("Reserve a positive quantity.");
        Reserved += quantity;
        return Reserved <= OnHand;
    }

    public void Release(int quantity)
    {
        if (quantity <= 0) throw new DomainRuleException("Release a positive quantity.");
        if (quantity > Reserved) throw new DomainRuleException($"Cannot release {quantity}; only {Reserved} reserved.");
        Reserved -= quantity;
    }

    public void PutAt(string binLocation) => BinLocation = (binLocation ?? "").Trim().ToUpperInvariant();

    /// <summary>The reserved units left the building: off the shelf and no longer claimed.</summary>
    public void Ship(int quantity)
    {
        if (quantity <= 0) throw new DomainRuleException("Ship a positive quantity.");
        OnHand = Math.Max(0, OnHand - quantity);
        Reserved = Math.Max(0, Reserved - quantity);
    }

    public void Receive(int quantity)
    {
        if (quantity <= 0) throw new DomainRuleException("Receive a positive quantity.");
        OnHand += quantity;
    }
}
