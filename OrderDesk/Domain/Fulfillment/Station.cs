using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>A scanning station (a PC with a scanner, or a tablet) in a warehouse; every step is signed with its code.</summary>
public sealed class Station : IAudited
{
    public long Id { get; private set; }
    public long WarehouseId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    private Station() { }

    public Station(long warehouseId, string code, string name)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainRuleException("A station needs a code.");
        WarehouseId = warehouseId;
        Code = code.Trim().ToUpperInvariant();
        Name = string.IsNullOrWhiteSpace(name) ? Code : name.Trim();
    }
}
