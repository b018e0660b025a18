using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>The parcel that left: created when the weigh stage completes.</summary>
public sealed class Shipment
{
    public const int TrackingMaxLength = 40;

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public long WaveOrderId { get; private set; }
    public string CarrierCode { get; private set; } = "";
    public string Service { get; private set; } = "";
    public string TrackingNumber { get; private set; } = "";
    public int WeightGrams { get; private set; }
    public DateTimeOffset ShippedAt { get; private set; }
    public string ShippedBy { get; private set; } = "";

    private Shipment() { }

    internal Shipment(WaveOrder waveOrder, string trackingNumber, int weightGrams, DateTimeOffset shippedAt, string shippedBy)
    {
        trackingNumber = (trackingNumber ?? "").Trim();
        if (trackingNumber.Length > TrackingMaxLength) throw new DomainRuleException($"A tracking number has at most {TrackingMaxLength} characters.");
        if (trackingNumber.Any(char.IsWhiteSpace)) throw new DomainRuleException("A tracking number has no spaces.");
        OrderId = waveOrder.OrderId;
        WaveOrderId = waveOrder.Id;
        CarrierCode = waveOrder.CarrierCode;
        Service = waveOrder.CarrierService;
        TrackingNumber = trackingNumber;
        WeightGrams = weightGrams;
        ShippedAt = shippedAt;
        ShippedBy = shippedBy;
    }

    public void SetTrackingNumber(string trackingNumber)
    {
        trackingNumber = (trackingNumber ?? "").Trim();
        if (trackingNumber.Length is 0 or > TrackingMaxLength || trackingNumber.Any(char.IsWhiteSpace))
            throw new DomainRuleException($"A tracking number has 1 to {TrackingMaxLength} characters and no spaces.");
        TrackingNumber = trackingNumber;
    }
}
