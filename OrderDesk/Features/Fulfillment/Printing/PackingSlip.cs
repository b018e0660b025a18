using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Printing;

/// <summary>What a packing slip prints. The phone is always masked: the slip travels inside the parcel.</summary>
public sealed record PackingSlip(
    long OrderId,
    string OrderNumber,
    string OrderBarcode,
    Platform Platform,
    string ShopName,
    DateTimeOffset OrderedAt,
    SlipReceiver Receiver,
    IReadOnlyList<SlipLine> Lines,
    IReadOnlyList<HandlingMark> Marks,
    SlipCarrier? Carrier,
    string BuyerMessage,
    int ExpectedWeightGrams,
    bool WeightIsEstimate)
{
    public int Units => Lines.Sum(l => l.Quantity);
    public bool HasGift => Lines.Any(l => l.IsGift);
}

public sealed record SlipReceiver(string Name, string MaskedPhone, string Province, string City, string District, string Detail, string PostalCode);

public sealed record SlipLine(
    string SkuCode, string Name, string Color, string Size, string VariantText, int Quantity, bool IsGift,
    string? ImagePath, string Category, HandlingFlags Handling);

/// <summary>The carrier picked at pack; <see cref="TrackingNumber"/> once the parcel has shipped.</summary>
public sealed record SlipCarrier(string Code, string Service, string TrackingNumber);
