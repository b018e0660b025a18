using OrderDesk.Domain.Orders;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>What a station learned about a scanned barcode before judging it.</summary>
/// <param name="SkuCode">The SKU whose barcode this is; null when no SKU has it.</param>
/// <param name="ProductName">That SKU's product name, to recognise a sibling colour or size.</param>
/// <param name="OtherOrderNumber">Another open order of the same wave that contains this SKU, if any.</param>
public sealed record ScannedItem(string Barcode, string? SkuCode, string? ProductName, string? OtherOrderNumber);

/// <summary>
/// The station's answer to one scan: the verdict, which line it counted, and the shipping error it caught. The note
/// goes on the record in English; the message is what the screen shows, in the reader's language.
/// </summary>
public sealed record Judgement(ScanVerdict Verdict, WaveOrderLine? Line, ShippingErrorType? CaughtError, string Note, StationMessage Message)
{
    public bool Blocked => Verdict.IsBlocked();
}

/// <summary>The rules every station applies; pure, so each one is checked in a table.</summary>
public static class StageRules
{
    /// <summary>Whether the order may still ship, as the platform last said. Checked on every scan, not only at release.</summary>
    public static Judgement? Gate(OrderStatus status, ShippingHold hold) =>
        status is OrderStatus.Cancelled or OrderStatus.Refunded
            ? new Judgement(ScanVerdict.OrderCancelled, null, null, $"The order was {status.ToString().ToLowerInvariant()} on the platform.",
                new($"{status}OnPlatform"))
            : hold != ShippingHold.None
                ? new Judgement(ScanVerdict.OrderOnHold, null, null, $"The platform put the order on hold: {hold}.", new("OnHold", hold))
                : status is not (OrderStatus.InFulfillment)
                    ? new Judgement(ScanVerdict.OrderOnHold, null, null, $"The order is {status} and no longer in a wave.", new("NotInWave", status))
                    : null;

    public static Judgement Judge(WaveOrder order, FulfillmentStage station, OrderStatus status, ShippingHold hold, ScannedItem item)
    {
        if (Gate(status, hold) is { } stop) return stop;
        if (order.Stage != station) return WrongStage(order, station);
        if (!station.CountsUnits())
            return new Judgement(ScanVerdict.WrongStage, null, null, $"Items are not scanned at {station}.", new("NotScannedAt", station));
        if (item.SkuCode is null)
            return new Judgement(ScanVerdict.UnknownBarcode, null, null, $"No SKU has the barcode {item.Barcode}.", new("NoSkuHasBarcode", item.Barcode));

        var lines = order.Lines.Where(l => l.SkuCode == item.SkuCode).ToList();
        if (lines.Count == 0)
        {
            if (item.ProductName is { Length: > 0 } product && order.Lines.FirstOrDefault(l => l.ProductName == product) is { } sibling)
                return new Judgement(ScanVerdict.SiblingVariant, sibling, ShippingErrorType.WrongSku,
                    $"{item.SkuCode} is another variant of {product}; the order wants {sibling.SkuCode} ({sibling.VariantText}).",
                    new("SiblingVariant", item.SkuCode, product, sibling.SkuCode, sibling.VariantText));
            if (item.OtherOrderNumber is { } other)
                return new Judgement(ScanVerdict.OtherOrder, null, ShippingErrorType.WrongSku, $"{item.SkuCode} belongs to order {other}.",
                    new("SkuOfOtherOrder", item.SkuCode, other));
            return new Judgement(ScanVerdict.WrongSku, null, ShippingErrorType.WrongSku, $"{item.SkuCode} is not on this order.",
                new("SkuNotOnOrder", item.SkuCode));
        }

        // Paid lines first: a gift of the same SKU is counted once the paid units are there.
        var open = lines.OrderBy(l => l.IsGift).FirstOrDefault(l => l.RemainingAt(station) > 0);
        if (open is null)
        {
            var wanted = lines.Sum(l => l.Quantity);
            return new Judgement(ScanVerdict.TooMany, lines[0], null, $"All {wanted} of {item.SkuCode} are already scanned.",
                new("AllScanned", wanted, item.SkuCode));
        }
        return new Judgement(ScanVerdict.Accepted, open, null, "", StationMessage.None);
    }

    /// <summary>Why a stage cannot complete yet, with the error that would ship if it did; null when it can.</summary>
    public static Judgement? Incomplete(WaveOrder order, FulfillmentStage station)
    {
        if (order.Stage != station) return WrongStage(order, station);
        if (station.CountsUnits())
        {
            var missing = order.Lines.Where(l => l.RemainingAt(station) > 0).ToList();
            if (missing.Count == 0) return null;
            var gift = missing.FirstOrDefault(l => l.IsGift);
            var main = missing.FirstOrDefault(l => !l.IsGift);
            var line = main ?? gift!;
            var what = string.Join(", ", missing.Select(l => $"{l.RemainingAt(station)} × {l.SkuCode}{(l.IsGift ? " (gift)" : "")}"));
            // The screen lists the missing lines with their names in the reader's language; the detail names the SKUs.
            var skus = string.Join(", ", missing.Select(l => $"{l.RemainingAt(station)} × {l.SkuCode}"));
            return new Judgement(ScanVerdict.Incomplete, line,
                main is null ? ShippingErrorType.MissingGift : ShippingErrorType.MissingMainItem, $"Still to scan: {what}.", new("StillToScan", skus));
        }
        if (station == FulfillmentStage.Pack && order.CarrierCode.Length == 0)
            return new Judgement(ScanVerdict.Incomplete, null, null, "Choose the carrier first.", new("ChooseCarrierFirst"));
        if (station == FulfillmentStage.Weigh && order.MeasuredWeightGrams is null)
            return new Judgement(ScanVerdict.Incomplete, null, null, "Weigh the parcel first.", new("WeighFirst"));
        return null;
    }

    private static Judgement WrongStage(WaveOrder order, FulfillmentStage station) =>
        new(ScanVerdict.WrongStage, null, null, $"The order is at {order.Stage}, not {station}.", new("WrongStage", order.Stage, station));
}
