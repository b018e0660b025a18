using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>The carrier rules a demo database starts with, in order; anything else goes with the default (ZTO).</summary>
public static class DemoCarrierRules
{
    public const string Fragile = "Fragile goods → SF Express";
    public const string Vip = "VIP customers → SF Express";
    public const string HighValue = "Orders from ¥500 → SF Express";
    public const string Remote = "Remote regions → EMS";
    public const string Heavy = "Heavy parcels from 5 kg → JD Logistics";
    public const string ShortHaul = "Guangdong/Zhejiang/Jiangsu under 1 kg → YTO";

    public static IReadOnlyList<CarrierRuleSpec> Specs { get; } =
    [
        new() { Name = Fragile, RequiredHandling = HandlingFlags.Fragile, CarrierCode = "SF", Service = "标快/Standard" },
        new() { Name = Vip, CustomerTiers = [CustomerTier.Vip], CarrierCode = "SF", Service = "特快/Express" },
        new() { Name = HighValue, MinAmount = Money.FromYuan(500), CarrierCode = "SF", Service = "标快/Standard" },
        new() { Name = Remote, RemoteOnly = true, CarrierCode = "EMS", Service = "标准快递/Standard" },
        new() { Name = Heavy, MinWeightGrams = 5_000, CarrierCode = "JD", Service = "特惠送/Economy" },
        new()
        {
            Name = ShortHaul, Provinces = ["广东省", "浙江省", "江苏省"], MaxWeightGrams = 1_000,
            CarrierCode = "YTO", Service = "标快/Standard",
        },
    ];
}
