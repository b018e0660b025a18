namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>OrderDesk:Fulfillment — what carrier advice adds to the goods' own weight.</summary>
public sealed class CarrierAdviceOptions
{
    public const string Section = "OrderDesk:Fulfillment";

    /// <summary>Box, filler and label, added once per parcel to the SKUs' weight.</summary>
    public int PackagingAllowanceGrams { get; set; } = 80;
}
