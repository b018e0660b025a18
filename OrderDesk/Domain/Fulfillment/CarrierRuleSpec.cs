using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// Everything a carrier rule says, as one value: what the editor submits and what <see cref="CarrierRule"/> checks.
/// Every condition is optional (empty list, null bound, <see cref="HandlingFlags.None"/>). Ranges include their
/// minimum and exclude their maximum, so "up to 5 kg" and "from 5 kg" never both match.
/// </summary>
public sealed record CarrierRuleSpec
{
    public string Name { get; init; } = "";
    public bool Enabled { get; init; } = true;
    public IReadOnlyList<string> Provinces { get; init; } = [];
    public IReadOnlyList<string> Cities { get; init; } = [];
    public bool RemoteOnly { get; init; }
    public int? MinWeightGrams { get; init; }
    public int? MaxWeightGrams { get; init; }
    public int? MinVolumeCm3 { get; init; }
    public int? MaxVolumeCm3 { get; init; }
    public IReadOnlyList<CustomerTier> CustomerTiers { get; init; } = [];
    public Money? MinAmount { get; init; }
    public Money? MaxAmount { get; init; }
    /// <summary>Matches when the parcel has any of these flags.</summary>
    public HandlingFlags RequiredHandling { get; init; }
    public string CarrierCode { get; init; } = "";
    public string Service { get; init; } = "";
}

/// <summary>What checking a rule needs beyond the rule: the carriers, the region table and the other rules' names.</summary>
public sealed record CarrierRuleContext(IReadOnlyList<Carrier> Carriers, RegionTable Regions, IReadOnlyCollection<string> OtherRuleNames);
