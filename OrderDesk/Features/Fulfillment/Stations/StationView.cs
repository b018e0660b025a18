using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>Everything a station screen shows about the order it is working, read after the last change was saved.</summary>
public sealed record StationView(
    long WaveOrderId,
    long OrderId,
    string OrderNumber,
    string OrderBarcode,
    string WaveNumber,
    FulfillmentStage Stage,
    OrderStatus OrderStatus,
    ShippingHold Hold,
    DateTimeOffset ShipBy,
    string ReceiverProvince,
    string ReceiverCity,
    string SellerMemo,
    string BuyerMessage,
    int ExpectedWeightGrams,
    int? MeasuredWeightGrams,
    string CarrierCode,
    string CarrierService,
    string HeldByName,
    string HeldByStation,
    IReadOnlyList<StationLine> Lines)
{
    public int Units => Lines.Sum(l => l.Quantity);
    public int VerifiedUnits => Lines.Sum(l => l.Verified);
}

public sealed record StationLine(long Id, string SkuCode, string Barcode, string ProductName, string VariantText,
    string ImagePath, string BinLocation, int Quantity, int Verified, bool IsGift)
{
    public bool Done => Verified >= Quantity;
}

/// <summary>
/// The server's answer to one scan or step: shown only once it is saved, so a screen never claims an unrecorded scan.
/// <see cref="Message"/> is the detail line, worded by the screen in its reader's language (<see cref="StationWording"/>).
/// </summary>
public sealed record StationResult(ScanVerdict Verdict, StationMessage Message, StationView? View, bool StageCompleted = false)
{
    public bool Blocked => Verdict.IsBlocked();
}

/// <summary>One order waiting at a stage, for the station's queue.</summary>
public sealed record QueueItem(long WaveOrderId, string OrderNumber, string WaveNumber, int Sequence, FulfillmentStage Stage,
    DateTimeOffset ShipBy, int Units, int GiftUnits, string FirstBin, string HeldByName, string HeldByStation, bool HeldElsewhere);
