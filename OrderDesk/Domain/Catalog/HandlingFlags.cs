namespace OrderDesk.Domain.Catalog;

/// <summary>How a SKU must be handled when packed and shipped.</summary>
[Flags]
public enum HandlingFlags
{
    None = 0,
    Fragile = 1,
    ThisSideUp = 2,
    Liquid = 4,
    KeepDry = 8,
}
