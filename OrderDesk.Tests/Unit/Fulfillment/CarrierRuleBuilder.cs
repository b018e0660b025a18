using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;
using OrderDesk.Features.Fulfillment.Carriers;

namespace OrderDesk.Tests.Unit.Fulfillment;

/// <summary>Rules, carriers and parcels for engine tests, without a database.</summary>
internal static class CarrierRuleBuilder
{
    public static IReadOnlyList<Carrier> Carriers { get; } = CarrierCatalog.Build();

    public static Carrier Default => Carriers.Single(c => c.IsDefault);

    public static CarrierRuleContext Context(params string[] otherNames) => new(Carriers, RegionCatalog.Load(), otherNames);

    public static CarrierRule Rule(CarrierRuleSpec spec, int position = 0) =>
        new(spec with { Name = spec.Name.Length == 0 ? $"rule {position}" : spec.Name,
            CarrierCode = spec.CarrierCode.Length == 0 ? "SF" : spec.CarrierCode,
            Service = spec.Service.Length == 0 ? "标快/Standard" : spec.Service }, position, Context());

    public static CarrierFacts Parcel(
        string province = "上海市", string city = "上海市", int grams = 1_000, int cm3 = 2_000,
        CustomerTier tier = CustomerTier.Regular, long fen = 100_00, HandlingFlags handling = HandlingFlags.None) =>
        new(province, city, RegionCatalog.FindProvince(province)?.Remote ?? false, grams, cm3, tier, new Money(fen), handling, []);
}
