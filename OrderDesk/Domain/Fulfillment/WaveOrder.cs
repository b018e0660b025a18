using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// An order released into a wave, on its way through pick → check → pack → weigh. Holds the per-stage unit counts,
/// the carrier chosen at pack, the weight, and which station is working it right now (two stations never work one
/// order: <see cref="Version"/> makes the second claim fail).
/// </summary>
public sealed class WaveOrder
{
    public const string OrderBarcodePrefix = "OD";
    public const int ReasonMaxLength = 500;

    private readonly List<WaveOrderLine> _lines = [];

    public long Id { get; private set; }
    public long WaveId { get; private set; }
    public long OrderId { get; private set; }
    public long WarehouseId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public int Sequence { get; private set; }
    public FulfillmentStage Stage { get; private set; }
    public DateTimeOffset ShipBy { get; private set; }
    public int ExpectedWeightGrams { get; private set; }
    public int? MeasuredWeightGrams { get; private set; }
    public string CarrierCode { get; private set; } = "";
    public string CarrierService { get; private set; } = "";
    /// <summary>The carrier rules' recommendation, kept to show that a different choice was made and why.</summary>
    public string RecommendedCarrierCode { get; private set; } = "";
    public string CarrierRuleName { get; private set; } = "";
    public string CarrierChangeReason { get; private set; } = "";
    public string? HeldByUserId { get; private set; }
    public string HeldByName { get; private set; } = "";
    public string HeldByStation { get; private set; } = "";
    public DateTimeOffset? HeldSince { get; private set; }
    public string WithdrawnReason { get; private set; } = "";
    /// <summary>The withdrawal's <see cref="StationMessage"/> (<see cref="StationMessageJson"/>); null before it was kept.</summary>
    public string? WithdrawnDetail { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<WaveOrderLine> Lines => _lines;

    public string OrderBarcode => BarcodeOf(OrderId);
    public bool IsOpen => Stage.IsSigned();
    public int UnitsAt(FulfillmentStage stage) => _lines.Sum(l => l.VerifiedAt(stage));
    public int Units => _lines.Sum(l => l.Quantity);

    public static string BarcodeOf(long orderId) => $"{OrderBarcodePrefix}{orderId:D8}";

    public static long? OrderIdOf(string barcode) =>
        barcode.StartsWith(OrderBarcodePrefix, StringComparison.OrdinalIgnoreCase)
        && long.TryParse(barcode.AsSpan(OrderBarcodePrefix.Length), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private WaveOrder() { }

    /// <summary>Why an order cannot enter a wave; null when it is ready to ship.</summary>
    public static string? NotReady(Order order) =>
        order.Status != OrderStatus.Paid ? $"The order is {order.Status}, not paid and waiting."
        : order.IsOnHold ? $"The platform holds the order: {order.Hold}."
        : order.HasException ? $"The order needs attention first: {order.ExceptionReason}"
        : order.WarehouseId is null ? "The order has no warehouse."
        : null;

    /// <summary>A ready order as the stations will see it; moves the order into fulfilment.</summary>
    public static WaveOrder For(Order order, IReadOnlyDictionary<string, Sku> skus, Func<long, string> binOf,
        DateTimeOffset shipBy, int packagingAllowanceGrams, DateTimeOffset now, string by)
    {
        if (NotReady(order) is { } reason) throw new DomainRuleException($"Order {order.PlatformOrderId}: {reason}");
        var waveOrder = new WaveOrder
        {
            OrderId = order.Id, WarehouseId = order.WarehouseId!.Value, OrderNumber = order.PlatformOrderId,
            Stage = FulfillmentStage.Pick, ShipBy = shipBy,
        };
        foreach (var line in order.Lines)
        {
            if (!skus.TryGetValue(line.SkuCode, out var sku))
                throw new DomainRuleException($"Order {order.PlatformOrderId}: SKU {line.SkuCode} is unknown.");
            waveOrder._lines.Add(new WaveOrderLine(line.Id, sku.Code, sku.Barcode, sku.Name, sku.VariantText, sku.ImagePath,
                binOf(sku.Id), line.Quantity, line.IsGift, sku.WeightGrams));
        }
        waveOrder.ExpectedWeightGrams = waveOrder._lines.Sum(l => l.WeightGrams * l.Quantity) + packagingAllowanceGrams;
        order.MoveTo(OrderStatus.InFulfillment, now, $"wave by {by}");
        return waveOrder;
    }

    internal void PlaceInWave(Wave wave, int sequence)
    {
        WaveId = wave.Id;
        Sequence = sequence;
    }

    /// <summary>
    /// Takes the order for this station. Another station's claim stands until it goes quiet for <paramref name="staleAfter"/>:
    /// a station that crashed does not lock an order forever.
    /// </summary>
    public void Claim(StationWorker worker, DateTimeOffset now, TimeSpan staleAfter)
    {
        if (!IsOpen) throw new DomainRuleException($"Order {OrderNumber} is {Stage.ToString().ToLowerInvariant()}; there is nothing left to do.");
        if (IsHeldElsewhere(worker, now, staleAfter))
            throw new OrderHeldElsewhereException(HeldByName, HeldByStation, HeldSince!.Value);
        HeldByUserId = worker.UserId;
        HeldByName = worker.UserName;
        HeldByStation = worker.Station;
        HeldSince = now;
        Version++;
    }

    public bool IsHeldElsewhere(StationWorker worker, DateTimeOffset now, TimeSpan staleAfter) =>
        HeldSince is { } since && HeldByStation.Length > 0
        && !(HeldByStation == worker.Station && HeldByUserId == worker.UserId) && now - since < staleAfter;

    public void Release()
    {
        HeldByUserId = null;
        HeldByName = "";
        HeldByStation = "";
        HeldSince = null;
        Version++;
    }

    /// <summary>Counts an accepted unit; completes the stage when it was the last one.</summary>
    public bool Count(Judgement judgement, FulfillmentStage station, DateTimeOffset now)
    {
        if (judgement.Verdict is not (ScanVerdict.Accepted or ScanVerdict.Override) || judgement.Line is null)
            throw new DomainRuleException("Only an accepted scan is counted.");
        judgement.Line.CountOne(station);
        Version++;
        return TryComplete(station, now);
    }

    /// <summary>Moves to the next stage if nothing is missing, and frees the order for the next station.</summary>
    public bool TryComplete(FulfillmentStage station, DateTimeOffset now)
    {
        if (StageRules.Incomplete(this, station) is not null) return false;
        Stage = station + 1;
        if (Stage == FulfillmentStage.Shipped) CompletedAt = now;
        Release();
        return true;
    }

    public ScanVerdict ChooseCarrier(string carrierCode, string service, string recommendedCode, string ruleName, string? reason)
    {
        if (Stage != FulfillmentStage.Pack) throw Refused($"The carrier is chosen at pack; the order is at {Stage}.", "CarrierAtPack", Stage);
        if (string.IsNullOrWhiteSpace(carrierCode)) throw Refused("Choose a carrier.", "ChooseCarrier");
        reason = (reason ?? "").Trim();
        var changed = !string.Equals(carrierCode, recommendedCode, StringComparison.OrdinalIgnoreCase);
        if (changed && reason.Length == 0) throw Refused("Say why you are not using the recommended carrier.", "SayWhyOtherCarrier");
        if (reason.Length > ReasonMaxLength) throw ReasonTooLong();
        CarrierCode = carrierCode;
        CarrierService = service;
        RecommendedCarrierCode = recommendedCode;
        CarrierRuleName = ruleName;
        CarrierChangeReason = changed ? reason : "";
        Version++;
        return changed ? ScanVerdict.CarrierChanged : ScanVerdict.CarrierConfirmed;
    }

    /// <summary>Records the measured weight; true when it is within the tolerance of the expected weight.</summary>
    public bool Weigh(int measuredGrams, WeightTolerance tolerance)
    {
        if (Stage != FulfillmentStage.Weigh) throw Refused($"Parcels are weighed at the weigh stage; the order is at {Stage}.", "WeighedAtWeigh", Stage);
        if (measuredGrams <= 0) throw Refused("A weight must be more than 0 g.", WeightReading.NotPositive);
        Version++;
        if (!tolerance.Accepts(ExpectedWeightGrams, measuredGrams)) return false;
        MeasuredWeightGrams = measuredGrams;
        return true;
    }

    /// <summary>The weigh stage completes: the parcel leaves and the order is shipped.</summary>
    public Shipment Ship(Order order, string trackingNumber, DateTimeOffset now, StationWorker worker)
    {
        if (order.Id != OrderId) throw new DomainRuleException("That is another order.");
        if (StageRules.Incomplete(this, FulfillmentStage.Weigh) is { } missing)
            throw new DomainRuleException(missing.Note) { Code = missing.Message.Key, Arguments = missing.Message.Args };
        var shipment = new Shipment(this, trackingNumber, MeasuredWeightGrams!.Value, now, worker.UserName);
        TryComplete(FulfillmentStage.Weigh, now);
        order.ShipHere(now, $"weighed at {worker.Station} by {worker.UserName}");
        return shipment;
    }

    /// <summary>A parcel that weighs wrong, or a packer's doubt, sends the order back to be checked again from scratch.</summary>
    public void SendBackToCheck()
    {
        if (Stage is not (FulfillmentStage.Pack or FulfillmentStage.Weigh))
            throw Refused($"Only packed orders go back to check; the order is at {Stage}.", "SendBackFromPackOnly", Stage);
        foreach (var line in _lines) line.ResetCheck();
        Stage = FulfillmentStage.Check;
        MeasuredWeightGrams = null;
        Release();
    }

    /// <summary>A supervisor's decision with a reason: accepts a unit (or the weight) the scanner could not.</summary>
    public Judgement Override(FulfillmentStage station, long? lineId, int? measuredGrams, string reason)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw Refused("An override needs a reason.", "OverrideNeedsReason");
        if (reason.Length > ReasonMaxLength) throw ReasonTooLong();
        if (Stage != station) throw Refused($"The order is at {Stage}, not {station}.", "WrongStage", Stage, station);
        if (station.CountsUnits())
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId) ?? throw Refused("Choose the line to accept.", "ChooseLine");
            if (line.RemainingAt(station) == 0) throw Refused($"Every unit of {line.SkuCode} is already verified.", "LineVerified", line.SkuCode);
            return new Judgement(ScanVerdict.Override, line, null, reason, StationMessage.None);
        }
        if (station == FulfillmentStage.Weigh)
        {
            if (measuredGrams is not > 0) throw Refused("Enter the measured weight the override accepts.", "OverrideNeedsWeight");
            MeasuredWeightGrams = measuredGrams;
            Version++;
            return new Judgement(ScanVerdict.Override, null, null, reason, StationMessage.None);
        }
        throw Refused("Pack needs no override: choose the carrier with a reason.", "NoOverrideAtPack");
    }

    /// <summary>A refusal a station shows in the reader's language: <paramref name="code"/> names the StationText message.</summary>
    private static DomainRuleException Refused(string message, string code, params object[] arguments) =>
        new(message) { Code = code, Arguments = arguments };

    private static DomainRuleException ReasonTooLong() =>
        Refused($"A reason has at most {ReasonMaxLength} characters.", "ReasonTooLong", ReasonMaxLength);

    /// <summary>
    /// Takes the order out of the flow (a hold or cancellation arrived, as the gate judged it); units already picked go
    /// back to the shelf. The reason is kept in English and as the gate's message, for screens in any language.
    /// </summary>
    public void Withdraw(Judgement gate)
    {
        if (!IsOpen) return;
        Stage = FulfillmentStage.Withdrawn;
        WithdrawnReason = gate.Note.Length > ReasonMaxLength ? gate.Note[..ReasonMaxLength] : gate.Note;
        WithdrawnDetail = StationMessageJson.Write(gate.Message);
        Release();
    }

    /// <summary>
    /// Withdraws the order when a hold, cancellation, refund or line change means it may not ship from this wave
    /// (<see cref="StageRules.Gate"/>); returns the trail line that says why, or null when it may still ship or is no longer open.
    /// </summary>
    public ScanEvent? LeaveIfStopped(Order order, StationWorker by, DateTimeOffset now)
    {
        if (order.Id != OrderId) throw new DomainRuleException("That is another order.");
        if (!IsOpen || StageRules.Gate(order.Status, order.Hold) is not { } gate) return null;
        Withdraw(gate);
        return new ScanEvent(this, Stage, "", "", ScanVerdict.Withdrawn, by, now, gate.Note, gate.Message);
    }
}
