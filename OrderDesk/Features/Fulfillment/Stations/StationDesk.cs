using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>
/// What the four station screens do: open an order, judge each scan, complete stages, choose the carrier, weigh and
/// ship. Every call loads the order afresh (a hold may have arrived a second ago), saves the trail line with the
/// change in one transaction, and answers only after the commit. A second station's save on the same order fails on
/// <see cref="WaveOrder.Version"/> and is told who holds it.
/// </summary>
public sealed class StationDesk(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock, FulfillmentOptions options)
{
    public const int DefaultStationsPerWarehouse = 4;

    /// <summary>The warehouse's stations; a warehouse that has none gets <see cref="DefaultStationsPerWarehouse"/> numbered ones.</summary>
    public async Task<IReadOnlyList<Station>> StationsAsync(long warehouseId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().Where(s => s.WarehouseId == warehouseId).OrderBy(s => s.Code).ToListAsync(ct);
        if (stations.Count > 0) return stations;
        var warehouse = await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Id == warehouseId, ct)
            ?? throw new DomainRuleException("Unknown warehouse.");
        stations = Enumerable.Range(1, DefaultStationsPerWarehouse)
            .Select(i => new Station(warehouseId, $"{warehouse.Code}-S{i:D2}", $"{warehouse.Name} #{i}")).ToList();
        db.Stations.AddRange(stations);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another screen created them at the same moment: theirs are the same.
            return await db.Stations.AsNoTracking().Where(s => s.WarehouseId == warehouseId).OrderBy(s => s.Code).ToListAsync(ct);
        }
        return stations;
    }

    /// <summary>
    /// The open orders at one stage of a warehouse, most urgent first. Orders a hold took out are already withdrawn: the
    /// inbox does it when the hold arrives, so this read (every few seconds per station) writes nothing.
    /// </summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(long warehouseId, FulfillmentStage stage, StationWorker worker, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var rows = await db.WaveOrders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.WarehouseId == warehouseId && o.Stage == stage)
            .OrderBy(o => o.ShipBy).ThenBy(o => o.Id).Take(200).ToListAsync(ct);
        var waveIds = rows.Select(r => r.WaveId).Distinct().ToList();
        var waves = await db.Waves.AsNoTracking().Where(w => waveIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Number, ct);
        return rows.Select(o => new QueueItem(o.Id, o.OrderNumber, waves.GetValueOrDefault(o.WaveId, ""), o.Sequence, o.Stage,
            o.ShipBy, o.Units, o.Lines.Where(l => l.IsGift).Sum(l => l.Quantity),
            o.Lines.Select(l => l.BinLocation).Order(StringComparer.Ordinal).FirstOrDefault() ?? "",
            o.HeldByName, o.HeldByStation, o.IsHeldElsewhere(worker, now, options.ClaimStaleAfter))).ToList();
    }

    /// <summary>
    /// Opens an order for this station from its queue id, its slip barcode or its platform order number, and claims it.
    /// </summary>
    public Task<StationResult> OpenAsync(StationWorker worker, FulfillmentStage stage, long warehouseId, string input, CancellationToken ct) =>
        RunAsync(async db =>
        {
            var text = (input ?? "").Trim();
            if (text.Length == 0) return new StationResult(ScanVerdict.InvalidInput, new("ScanSlipOrNumber"), null);
            var orderId = WaveOrder.OrderIdOf(text);
            var waveOrder = await db.WaveOrders.Include(o => o.Lines)
                .Where(o => o.WarehouseId == warehouseId && EF.Constant(FulfillmentStages.Signed).Contains(o.Stage)) // the open-orders index
                .Where(o => orderId != null ? o.OrderId == orderId : o.OrderNumber == text)
                .FirstOrDefaultAsync(ct);
            if (waveOrder is null)
                return new StationResult(ScanVerdict.UnknownBarcode, new("NoOpenOrder", text), null);
            return await ClaimAsync(db, waveOrder, worker, stage, ct);
        }, ct);

    public Task<StationResult> OpenAsync(StationWorker worker, FulfillmentStage stage, long waveOrderId, CancellationToken ct) =>
        RunAsync(async db => await LoadAsync(db, waveOrderId, ct) is { } waveOrder
            ? await ClaimAsync(db, waveOrder, worker, stage, ct)
            : NotFound(), ct);

    /// <summary>Judges one scanned barcode at pick or check, records it, and counts the unit if it is right.</summary>
    public Task<StationResult> ScanAsync(StationWorker worker, FulfillmentStage stage, long waveOrderId, string barcode, CancellationToken ct) =>
        RunAsync(async db =>
        {
            var code = (barcode ?? "").Trim();
            if (code.Length == 0 || code.Length > ScanEvent.InputMaxLength || code.Any(char.IsControl))
                return new StationResult(ScanVerdict.InvalidInput, new("NotABarcode"), null);
            if (await LoadAsync(db, waveOrderId, ct) is not { } waveOrder) return NotFound();
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, ct);
            if (await GuardAsync(db, waveOrder, order, worker, stage, code, ct) is { } stop) return stop;

            if (WaveOrder.OrderIdOf(code) is { } slipOf)
            {
                if (slipOf == waveOrder.OrderId) return await CompleteAsync(db, waveOrder, order, worker, stage, code, ct);
                var other = await db.Orders.Where(o => o.Id == slipOf).Select(o => o.PlatformOrderId).FirstOrDefaultAsync(ct) ?? code;
                return await RecordAsync(db, waveOrder, order, worker, stage, code,
                    new Judgement(ScanVerdict.OtherOrder, null, null, $"That is the slip of order {other}.", new("SlipOfOtherOrder", other)), ct);
            }

            var sku = await db.Skus.AsNoTracking().Where(s => s.Barcode == code).Select(s => new { s.Code, s.Name }).FirstOrDefaultAsync(ct);
            string? otherOrder = null;
            if (sku is not null && waveOrder.Lines.All(l => l.SkuCode != sku.Code))
                otherOrder = await db.WaveOrderLines.Where(l => l.SkuCode == sku.Code)
                    .Join(db.WaveOrders, l => l.WaveOrderId, o => o.Id, (l, o) => o)
                    .Where(o => o.WaveId == waveOrder.WaveId && o.Id != waveOrder.Id
                        && o.Stage != FulfillmentStage.Shipped && o.Stage != FulfillmentStage.Withdrawn)
                    .Select(o => o.OrderNumber).FirstOrDefaultAsync(ct);
            var judgement = StageRules.Judge(waveOrder, stage, order.Status, order.Hold,
                new ScannedItem(code, sku?.Code, sku?.Name, otherOrder));
            return await RecordAsync(db, waveOrder, order, worker, stage, code, judgement, ct);
        }, ct);

    /// <summary>"Done" at pick or check: refused, and the missing item recorded as caught, while a unit is unscanned.</summary>
    public Task<StationResult> CompleteAsync(StationWorker worker, FulfillmentStage stage, long waveOrderId, CancellationToken ct) =>
        RunAsync(async db =>
        {
            if (await LoadAsync(db, waveOrderId, ct) is not { } waveOrder) return NotFound();
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, ct);
            if (await GuardAsync(db, waveOrder, order, worker, stage, "", ct) is { } stop) return stop;
            return await CompleteAsync(db, waveOrder, order, worker, stage, "", ct);
        }, ct);

    /// <summary>Pack: takes the carrier (the recommended one, or another with a reason) and completes the stage.</summary>
    public Task<StationResult> PackAsync(StationWorker worker, long waveOrderId, CarrierChoice choice, CancellationToken ct) =>
        RunAsync(async db =>
        {
            if (await LoadAsync(db, waveOrderId, ct) is not { } waveOrder) return NotFound();
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, ct);
            if (await GuardAsync(db, waveOrder, order, worker, FulfillmentStage.Pack, "", ct) is { } stop) return stop;
            ScanVerdict verdict;
            try
            {
                verdict = waveOrder.ChooseCarrier(choice.CarrierCode, choice.Service, choice.RecommendedCode, choice.RuleName, choice.Reason);
            }
            catch (DomainRuleException e)
            {
                return new StationResult(ScanVerdict.InvalidInput, StationMessage.Refused(e), View(waveOrder, order, ""));
            }
            var (note, detail) = verdict == ScanVerdict.CarrierChanged
                ? ($"{choice.CarrierCode} instead of {choice.RecommendedCode}: {waveOrder.CarrierChangeReason}",
                    new StationMessage("CarrierInstead", choice.CarrierCode, choice.RecommendedCode, waveOrder.CarrierChangeReason))
                : ($"{choice.CarrierCode} {choice.Service} ({choice.RuleName})",
                    new StationMessage("CarrierTaken", choice.CarrierCode, choice.Service, choice.RuleName));
            Add(db, waveOrder, FulfillmentStage.Pack, choice.CarrierCode, "", verdict, worker, note, detail);
            return await CompleteAsync(db, waveOrder, order, worker, FulfillmentStage.Pack, "", ct);
        }, ct);

    /// <summary>
    /// Weigh: reads the weight as typed or sent by a scale; within tolerance the parcel ships (shipment, stock, order
    /// status), outside it the parcel is blocked with the figures and can go back to check.
    /// </summary>
    public Task<StationResult> WeighAsync(StationWorker worker, long waveOrderId, string weight, string? trackingNumber, CancellationToken ct) =>
        RunAsync(async db =>
        {
            if (!WeightReading.TryParseGrams(weight, out var grams, out var error))
                return new StationResult(ScanVerdict.InvalidInput, error, null);
            if (await LoadAsync(db, waveOrderId, ct) is not { } waveOrder) return NotFound();
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, ct);
            if (await GuardAsync(db, waveOrder, order, worker, FulfillmentStage.Weigh, weight, ct) is { } stop) return stop;
            var tracking = (trackingNumber ?? "").Trim();
            if (tracking.Length > Shipment.TrackingMaxLength || tracking.Any(char.IsWhiteSpace))
                return new StationResult(ScanVerdict.InvalidInput, new("TrackingNumberShape", Shipment.TrackingMaxLength), View(waveOrder, order, ""));
            var tolerance = options.Tolerance;
            var input = $"{grams} g";
            if (!waveOrder.Weigh(grams, tolerance))
            {
                var allowed = tolerance.AllowedDeviation(waveOrder.ExpectedWeightGrams);
                var diff = grams - waveOrder.ExpectedWeightGrams;
                var note = $"Measured {grams} g, expected {waveOrder.ExpectedWeightGrams} g ± {allowed} g ({(diff > 0 ? "+" : "")}{diff} g). Check the parcel's contents.";
                return await RecordAsync(db, waveOrder, order, worker, FulfillmentStage.Weigh, input, new Judgement(ScanVerdict.WeightOutOfTolerance,
                    null, null, note, new("WeightOutOfTolerance", grams, waveOrder.ExpectedWeightGrams, allowed, diff)), ct);
            }
            var deviation = tolerance.AllowedDeviation(waveOrder.ExpectedWeightGrams);
            Add(db, waveOrder, FulfillmentStage.Weigh, input, "", ScanVerdict.WeightAccepted, worker,
                $"Expected {waveOrder.ExpectedWeightGrams} g ± {deviation} g.", new("WeightWithinTolerance", waveOrder.ExpectedWeightGrams, deviation));
            return await ShipAsync(db, waveOrder, order, worker, tracking, ct);
        }, ct);

    /// <summary>A packer's or weigher's doubt: the order goes back to check, every unit to be scanned again.</summary>
    public Task<StationResult> SendBackToCheckAsync(StationWorker worker, FulfillmentStage stage, long waveOrderId, string reason, CancellationToken ct) =>
        RunAsync(async db =>
        {
            if (await LoadAsync(db, waveOrderId, ct) is not { } waveOrder) return NotFound();
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, ct);
            if (await GuardAsync(db, waveOrder, order, worker, stage, "", ct) is { } stop) return stop;
            if (string.IsNullOrWhiteSpace(reason))
                return new StationResult(ScanVerdict.InvalidInput, new("SayWhySendBack"), View(waveOrder, order, ""));
            waveOrder.SendBackToCheck();
            Add(db, waveOrder, stage, "", "", ScanVerdict.SentBackToCheck, worker, reason.Trim());
            await db.SaveChangesAsync(ct);
            return new StationResult(ScanVerdict.SentBackToCheck, new("SentBackToCheck"), View(waveOrder, order, ""), true);
        }, ct);

    /// <summary>
    /// A supervisor accepts one unit of a line, or a weight, that the scanner or scale could not; needs a reason and
    /// is written to the audit trail as well as the order's trail. The caller checks the supervisor policy.
    /// </summary>
    public Task<StationResult> OverrideAsync(StationWorker supervisor, FulfillmentStage stage, long waveOrderId, long? lineId,
        string? weight, string reason, CancellationToken ct) =>
        RunAsync(async db =>
        {
            if (await LoadAsync(db, waveOrderId, ct) is not { } waveOrder) return NotFound();
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, ct);
            // A supervisor walks over to the station that holds the order: the override takes the hold over.
            if (await GuardAsync(db, waveOrder, order, supervisor, stage, "", ct, takeOver: true) is { } stop) return stop;
            int? grams = null;
            if (stage == FulfillmentStage.Weigh)
            {
                if (!WeightReading.TryParseGrams(weight, out var parsed, out var error))
                    return new StationResult(ScanVerdict.InvalidInput, error, View(waveOrder, order, ""));
                grams = parsed;
            }
            Judgement judgement;
            try
            {
                judgement = waveOrder.Override(stage, lineId, grams, reason);
            }
            catch (DomainRuleException e)
            {
                return new StationResult(ScanVerdict.InvalidInput, StationMessage.Refused(e), View(waveOrder, order, ""));
            }
            var now = clock.GetUtcNow();
            var subject = judgement.Line?.SkuCode ?? $"{grams} g";
            Add(db, waveOrder, stage, subject, judgement.Line?.SkuCode ?? "", ScanVerdict.Override, supervisor, judgement.Note);
            db.AuditEntries.Add(new AuditEntry(now, supervisor.UserName, nameof(WaveOrder), waveOrder.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Override", JsonSerializer.Serialize(new { order = waveOrder.OrderNumber, stage = stage.ToString(), subject, reason = judgement.Note, station = supervisor.Station })));
            if (stage.CountsUnits())
            {
                var completed = waveOrder.Count(judgement, stage, now);
                if (completed) Add(db, waveOrder, stage, "", "", ScanVerdict.StageCompleted, supervisor, "");
                await db.SaveChangesAsync(ct);
                return new StationResult(ScanVerdict.Override, new("AcceptedByOverride", subject), View(waveOrder, order, ""), completed);
            }
            return await ShipAsync(db, waveOrder, order, supervisor, "", ct);
        }, ct);

    /// <summary>Lets go of the order so another station can take it (the holder, or a supervisor for a station that left).</summary>
    public Task<StationResult> ReleaseAsync(StationWorker worker, long waveOrderId, bool force, CancellationToken ct) =>
        RunAsync(async db =>
        {
            if (await LoadAsync(db, waveOrderId, ct) is not { } waveOrder) return NotFound();
            var now = clock.GetUtcNow();
            if (!force && waveOrder.IsHeldElsewhere(worker, now, options.ClaimStaleAfter))
                return new StationResult(ScanVerdict.HeldElsewhere, HeldMessage(waveOrder), null);
            waveOrder.Release();
            await db.SaveChangesAsync(ct);
            return new StationResult(ScanVerdict.Accepted, new("Released"), null);
        }, ct);

    private async Task<StationResult> ClaimAsync(OrderDeskDbContext db, WaveOrder waveOrder, StationWorker worker, FulfillmentStage stage, CancellationToken ct)
    {
        var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, ct);
        if (await GuardAsync(db, waveOrder, order, worker, stage, "", ct) is { } stop) return stop;
        await db.SaveChangesAsync(ct);
        return new StationResult(ScanVerdict.Accepted, StationMessage.None, View(waveOrder, order, await WaveNumberAsync(db, waveOrder, ct)));
    }

    /// <summary>
    /// Everything that stops work before the scan itself is judged: a hold or cancellation (the order leaves its wave),
    /// the wrong stage, another station's claim. Refreshes this station's claim otherwise.
    /// </summary>
    private async Task<StationResult?> GuardAsync(OrderDeskDbContext db, WaveOrder waveOrder, Order order, StationWorker worker,
        FulfillmentStage stage, string input, CancellationToken ct, bool takeOver = false)
    {
        if (!waveOrder.IsOpen)
            return new StationResult(waveOrder.Stage == FulfillmentStage.Withdrawn ? ScanVerdict.Withdrawn : ScanVerdict.WrongStage,
                waveOrder.Stage == FulfillmentStage.Withdrawn
                    ? new("LeftWave", waveOrder.OrderNumber, StationMessageJson.Read(waveOrder.WithdrawnDetail) ?? (object)waveOrder.WithdrawnReason)
                    : new("AlreadyShipped", waveOrder.OrderNumber), View(waveOrder, order, ""));
        if (StageRules.Gate(order.Status, order.Hold) is { } gate)
        {
            waveOrder.Withdraw(gate);
            var result = await RecordAsync(db, waveOrder, order, worker, stage, input, gate, ct);
            return result with { Message = new("StopPutItemsBack", gate.Message) };
        }
        if (waveOrder.Stage != stage)
            return new StationResult(ScanVerdict.WrongStage, new("OrderAtStage", waveOrder.OrderNumber, waveOrder.Stage, stage), View(waveOrder, order, ""));
        var now = clock.GetUtcNow();
        if (waveOrder.IsHeldElsewhere(worker, now, options.ClaimStaleAfter))
        {
            if (!takeOver) return new StationResult(ScanVerdict.HeldElsewhere, HeldMessage(waveOrder), null);
            waveOrder.Release();
        }
        waveOrder.Claim(worker, now, options.ClaimStaleAfter);
        return null;
    }

    private async Task<StationResult> CompleteAsync(OrderDeskDbContext db, WaveOrder waveOrder, Order order, StationWorker worker,
        FulfillmentStage stage, string input, CancellationToken ct)
    {
        if (StageRules.Incomplete(waveOrder, stage) is { } missing)
            return await RecordAsync(db, waveOrder, order, worker, stage, input, missing, ct);
        waveOrder.TryComplete(stage, clock.GetUtcNow());
        Add(db, waveOrder, stage, input, "", ScanVerdict.StageCompleted, worker, "");
        await db.SaveChangesAsync(ct);
        return new StationResult(ScanVerdict.StageCompleted, StageDone(stage, waveOrder), View(waveOrder, order, ""), true);
    }

    /// <summary>Saves the judged scan (and the mistake it caught) and counts an accepted unit, all in one transaction.</summary>
    private async Task<StationResult> RecordAsync(OrderDeskDbContext db, WaveOrder waveOrder, Order order, StationWorker worker,
        FulfillmentStage stage, string input, Judgement judgement, CancellationToken ct)
    {
        var scan = Add(db, waveOrder, stage, input, judgement.Line?.SkuCode ?? "", judgement.Verdict, worker, judgement.Note, judgement.Message);
        var completed = false;
        if (judgement.Verdict == ScanVerdict.Accepted)
        {
            completed = waveOrder.Count(judgement, stage, clock.GetUtcNow());
            if (completed) Add(db, waveOrder, stage, "", "", ScanVerdict.StageCompleted, worker, "");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (judgement.CaughtError is { } type)
        {
            var error = ShippingError.Caught(scan, type);
            error.LinkScan(scan.Id);
            db.ShippingErrors.Add(error);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        var message = judgement.Verdict == ScanVerdict.Accepted
            ? completed ? StageDone(stage, waveOrder) : new("UnitCounted", judgement.Line!.SkuCode, judgement.Line.VerifiedAt(stage), judgement.Line.Quantity)
            : judgement.Message;
        return new StationResult(judgement.Verdict, message, View(waveOrder, order, ""), completed);
    }

    private async Task<StationResult> ShipAsync(OrderDeskDbContext db, WaveOrder waveOrder, Order order, StationWorker worker, string tracking, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var shipment = waveOrder.Ship(order, tracking, now, worker);
        db.Shipments.Add(shipment);
        var skuCodes = waveOrder.Lines.Select(l => l.SkuCode).Distinct().ToList();
        var stocks = await db.SkuStocks.Where(s => s.WarehouseId == waveOrder.WarehouseId)
            .Join(db.Skus.Where(k => skuCodes.Contains(k.Code)), s => s.SkuId, k => k.Id, (s, k) => new { Stock = s, k.Code })
            .ToListAsync(ct);
        foreach (var line in waveOrder.Lines)
            stocks.FirstOrDefault(s => s.Code == line.SkuCode)?.Stock.Ship(line.Quantity);
        Add(db, waveOrder, FulfillmentStage.Weigh, tracking, "", ScanVerdict.StageCompleted, worker,
            $"Shipped with {waveOrder.CarrierCode} {waveOrder.CarrierService}{(tracking.Length > 0 ? ", tracking " + tracking : "")}.",
            tracking.Length > 0 ? new("ShippedViaTracking", waveOrder.CarrierCode, waveOrder.CarrierService, tracking)
                : new("ShippedVia", waveOrder.CarrierCode, waveOrder.CarrierService));
        await db.SaveChangesAsync(ct);
        return new StationResult(ScanVerdict.StageCompleted, new("ShippedWith", waveOrder.OrderNumber, waveOrder.CarrierCode), View(waveOrder, order, ""), true);
    }

    private ScanEvent Add(OrderDeskDbContext db, WaveOrder waveOrder, FulfillmentStage stage, string input, string skuCode,
        ScanVerdict verdict, StationWorker worker, string note, StationMessage? detail = null)
    {
        var scan = new ScanEvent(waveOrder, stage, input, skuCode, verdict, worker, clock.GetUtcNow(), note, detail ?? StationMessage.None);
        db.ScanEvents.Add(scan);
        return scan;
    }

    private async Task<StationResult> RunAsync(Func<OrderDeskDbContext, Task<StationResult>> work, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            return await work(db);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another station saved the same order between our read and our write: nothing of ours was recorded.
            db.ChangeTracker.Clear();
            return new StationResult(ScanVerdict.HeldElsewhere, new("ChangedElsewhere"), null);
        }
    }

    private static Task<WaveOrder?> LoadAsync(OrderDeskDbContext db, long waveOrderId, CancellationToken ct) =>
        db.WaveOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == waveOrderId, ct);

    private static async Task<string> WaveNumberAsync(OrderDeskDbContext db, WaveOrder waveOrder, CancellationToken ct) =>
        await db.Waves.Where(w => w.Id == waveOrder.WaveId).Select(w => w.Number).FirstOrDefaultAsync(ct) ?? "";

    private static StationResult NotFound() => new(ScanVerdict.UnknownBarcode, new("NotInAnyWave"), null);

    private static StationMessage HeldMessage(WaveOrder waveOrder) =>
        new("HeldElsewhere", waveOrder.HeldByName, waveOrder.OrderNumber, waveOrder.HeldByStation, waveOrder.HeldSince!.Value);

    private static StationMessage StageDone(FulfillmentStage stage, WaveOrder waveOrder) => new("StageDone", stage, waveOrder.OrderNumber);

    private static StationView View(WaveOrder o, Order order, string waveNumber) => new(
        o.Id, o.OrderId, o.OrderNumber, o.OrderBarcode, waveNumber, o.Stage, order.Status, order.Hold, o.ShipBy,
        order.ReceiverProvince, order.ReceiverCity, order.SellerMemo, order.BuyerMessage, o.ExpectedWeightGrams,
        o.MeasuredWeightGrams, o.CarrierCode, o.CarrierService, o.HeldByName, o.HeldByStation,
        o.Lines.OrderBy(l => l.BinLocation, StringComparer.Ordinal).ThenBy(l => l.IsGift)
            .Select(l => new StationLine(l.Id, l.SkuCode, l.Barcode, l.ProductName, l.VariantText, l.ImagePath, l.BinLocation,
                l.Quantity, l.VerifiedAt(o.Stage.CountsUnits() ? o.Stage : FulfillmentStage.Pack), l.IsGift)).ToList());
}

/// <summary>The pack stage's carrier decision: what the rules recommended, and what the packer took.</summary>
public sealed record CarrierChoice(string CarrierCode, string Service, string RecommendedCode, string RuleName, string? Reason);
