using System.ComponentModel.DataAnnotations;
using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Features.Fulfillment;

/// <summary>OrderDesk:Fulfillment — how the stations judge parcels and hold orders.</summary>
public sealed class FulfillmentOptions
{
    public const string Section = "OrderDesk:Fulfillment";

    /// <summary>Box, filler and label, added to the SKUs' weights to get a parcel's expected weight.</summary>
    [Range(0, 5000)]
    public int PackagingAllowanceGrams { get; set; } = 80;
    /// <summary>A measured weight may differ from the expected one by this percentage or <see cref="WeightToleranceGrams"/>, whichever is larger.</summary>
    [Range(0, 50)]
    public decimal WeightTolerancePercent { get; set; } = 5m;
    [Range(0, 5000)]
    public int WeightToleranceGrams { get; set; } = 30;
    /// <summary>Platforms expect shipping within this many hours of payment; waves put the nearest deadlines first.</summary>
    [Range(1, 720)]
    public int ShipWithinHours { get; set; } = 48;
    /// <summary>A station that has not touched its order for this long loses its hold on it (a crashed tablet does not lock an order).</summary>
    [Range(1, 240)]
    public int ClaimStaleMinutes { get; set; } = 15;

    public WeightTolerance Tolerance => new(WeightTolerancePercent, WeightToleranceGrams);
    public TimeSpan ClaimStaleAfter => TimeSpan.FromMinutes(ClaimStaleMinutes);
}
