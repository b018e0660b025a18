using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>What the rule dialog binds to; amounts in yuan as typed, turned into a <see cref="CarrierRuleSpec"/> on save.</summary>
public sealed class CarrierRuleForm
{
    public string Name { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public IReadOnlyCollection<string> Provinces { get; set; } = [];
    public IReadOnlyCollection<string> Cities { get; set; } = [];
    public bool RemoteOnly { get; set; }
    public int? MinWeightGrams { get; set; }
    public int? MaxWeightGrams { get; set; }
    public int? MinVolumeCm3 { get; set; }
    public int? MaxVolumeCm3 { get; set; }
    public IReadOnlyCollection<CustomerTier> CustomerTiers { get; set; } = [];
    public decimal? MinAmountYuan { get; set; }
    public decimal? MaxAmountYuan { get; set; }
    public IReadOnlyCollection<HandlingFlags> Handling { get; set; } = [];
    public string CarrierCode { get; set; } = "";
    public string Service { get; set; } = "";

    public static CarrierRuleForm From(CarrierRuleSpec spec) => new()
    {
        Name = spec.Name, Enabled = spec.Enabled, Provinces = spec.Provinces, Cities = spec.Cities, RemoteOnly = spec.RemoteOnly,
        MinWeightGrams = spec.MinWeightGrams, MaxWeightGrams = spec.MaxWeightGrams,
        MinVolumeCm3 = spec.MinVolumeCm3, MaxVolumeCm3 = spec.MaxVolumeCm3, CustomerTiers = spec.CustomerTiers,
        MinAmountYuan = spec.MinAmount?.Yuan, MaxAmountYuan = spec.MaxAmount?.Yuan,
        Handling = Enum.GetValues<HandlingFlags>().Where(f => f != HandlingFlags.None && spec.RequiredHandling.HasFlag(f)).ToList(),
        CarrierCode = spec.CarrierCode, Service = spec.Service,
    };

    public CarrierRuleSpec ToSpec() => new()
    {
        Name = Name, Enabled = Enabled, Provinces = [.. Provinces], Cities = [.. Cities], RemoteOnly = RemoteOnly,
        MinWeightGrams = MinWeightGrams, MaxWeightGrams = MaxWeightGrams, MinVolumeCm3 = MinVolumeCm3, MaxVolumeCm3 = MaxVolumeCm3,
        CustomerTiers = [.. CustomerTiers], MinAmount = Yuan(MinAmountYuan), MaxAmount = Yuan(MaxAmountYuan),
        RequiredHandling = Handling.Aggregate(HandlingFlags.None, (all, f) => all | f),
        CarrierCode = CarrierCode, Service = Service,
    };

    // The field shows two decimals; anything finer typed in is rounded rather than refused.
    private static Money? Yuan(decimal? yuan) => yuan is { } y ? Money.FromYuan(Math.Round(y, 2, MidpointRounding.AwayFromZero)) : null;
}
