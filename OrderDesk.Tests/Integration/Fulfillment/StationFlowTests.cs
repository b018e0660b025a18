using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>
/// Orders of the demo data taken through the four stations against the real app and SQLite: every scan judged and
/// recorded, wrong ones blocked, two stations never on one order, holds stopping work that already started.
/// </summary>
public sealed class StationFlowTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private StationDesk Desk => app.Get<StationDesk>();
    private string Shown(StationResult result, string culture = "en") => UiCulture.In(culture, () => app.Get<StationWording>().Word(result.Message));
    private static readonly StationWorker s_picker = new("u-picker", "Picker Li", "SH-01-S01");
    private static readonly StationWorker s_other = new("u-other", "Checker Wang", "SH-01-S02");

    private async Task<(long WarehouseId, WaveOrder WaveOrder)> ReleaseOneAsync()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        await using var db = await app.DbAsync();
        var warehouseId = (await db.Orders.SingleAsync(o => o.Id == orderId, Ct)).WarehouseId!.Value;
        var wave = await app.Get<WaveDesk>().ReleaseManualAsync(warehouseId, [orderId], "test", Ct);
        return (warehouseId, await db.WaveOrders.Include(o => o.Lines).SingleAsync(o => o.WaveId == wave.Id, Ct));
    }

    private async Task<string> BarcodeNotOnOrderAsync(WaveOrder waveOrder, bool sibling)
    {
        await using var db = await app.DbAsync();
        var line = waveOrder.Lines[0];
        var codes = waveOrder.Lines.Select(l => l.SkuCode).ToList();
        var query = db.Skus.Where(s => !codes.Contains(s.Code));
        query = sibling ? query.Where(s => s.Name == line.ProductName) : query.Where(s => s.Name != line.ProductName);
        return await query.OrderBy(s => s.Id).Select(s => s.Barcode).FirstAsync(Ct);
    }

    private async Task ScanRemainingAsync(StationWorker worker, FulfillmentStage stage, long waveOrderId)
    {
        await using var db = await app.DbAsync();
        var waveOrder = await db.WaveOrders.Include(o => o.Lines).SingleAsync(o => o.Id == waveOrderId, Ct);
        foreach (var line in waveOrder.Lines)
            for (var i = line.RemainingAt(stage); i > 0; i--)
            {
                var result = await Desk.ScanAsync(worker, stage, waveOrderId, line.Barcode, Ct);
                Assert.True(result.Verdict is ScanVerdict.Accepted, $"{line.SkuCode}: {result.Verdict} {result.Message}");
            }
    }

    private async Task ScanEverythingAsync(StationWorker worker, FulfillmentStage stage, WaveOrder waveOrder)
    {
        foreach (var line in waveOrder.Lines)
            for (var i = 0; i < line.Quantity; i++)
            {
                var result = await Desk.ScanAsync(worker, stage, waveOrder.Id, line.Barcode, Ct);
                Assert.True(result.Verdict is ScanVerdict.Accepted, $"{line.SkuCode}: {result.Verdict} {result.Message}");
            }
    }

    [Fact]
    public async Task OneOrder_PickCheckPackWeigh_ShipsAndSignsEveryStage_WrongSiblingScanBlockedAndRecorded()
    {
        var (warehouseId, waveOrder) = await ReleaseOneAsync();
        var opened = await Desk.OpenAsync(s_picker, FulfillmentStage.Pick, warehouseId, waveOrder.OrderBarcode, Ct);
        Assert.Equal(ScanVerdict.Accepted, opened.Verdict);

        var sibling = await Desk.ScanAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, await BarcodeNotOnOrderAsync(waveOrder, sibling: true), Ct);
        Assert.Equal(ScanVerdict.SiblingVariant, sibling.Verdict);
        Assert.True(sibling.Blocked);
        Assert.Equal(0, sibling.View!.VerifiedUnits);

        var early = await Desk.CompleteAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, Ct);
        Assert.Equal(ScanVerdict.Incomplete, early.Verdict);

        await ScanEverythingAsync(s_picker, FulfillmentStage.Pick, waveOrder);
        var extra = await Desk.OpenAsync(s_other, FulfillmentStage.Check, waveOrder.Id, Ct);
        Assert.Equal(ScanVerdict.Accepted, extra.Verdict); // pick completed itself and let go of the order
        var first = waveOrder.Lines.Single(l => l.Quantity == 2);
        for (var i = 0; i < first.Quantity; i++)
            Assert.Equal(ScanVerdict.Accepted, (await Desk.ScanAsync(s_other, FulfillmentStage.Check, waveOrder.Id, first.Barcode, Ct)).Verdict);
        var over = await Desk.ScanAsync(s_other, FulfillmentStage.Check, waveOrder.Id, first.Barcode, Ct);
        Assert.Equal(ScanVerdict.TooMany, over.Verdict);
        var giftMissing = await Desk.CompleteAsync(s_other, FulfillmentStage.Check, waveOrder.Id, Ct);
        Assert.Equal(ScanVerdict.Incomplete, giftMissing.Verdict);
        await ScanRemainingAsync(s_other, FulfillmentStage.Check, waveOrder.Id);

        var noReason = await Desk.PackAsync(s_other, waveOrder.Id, new CarrierChoice("SF", "Standard", "ZTO", "default", null), Ct);
        Assert.Equal(ScanVerdict.InvalidInput, noReason.Verdict);
        var packed = await Desk.PackAsync(s_other, waveOrder.Id, new CarrierChoice("SF", "Standard", "ZTO", "default", "fragile glass"), Ct);
        Assert.Equal(ScanVerdict.StageCompleted, packed.Verdict);

        var text = await Desk.WeighAsync(s_picker, waveOrder.Id, "heavy", null, Ct);
        Assert.Equal(ScanVerdict.InvalidInput, text.Verdict);
        var negative = await Desk.WeighAsync(s_picker, waveOrder.Id, "-5", null, Ct);
        Assert.Equal(ScanVerdict.InvalidInput, negative.Verdict);
        var off = await Desk.WeighAsync(s_picker, waveOrder.Id, (waveOrder.ExpectedWeightGrams * 2 + 100).ToString(System.Globalization.CultureInfo.InvariantCulture), null, Ct);
        Assert.Equal(ScanVerdict.WeightOutOfTolerance, off.Verdict);
        var shipped = await Desk.WeighAsync(s_picker, waveOrder.Id, $"{waveOrder.ExpectedWeightGrams + 10} g", "SF1234567890", Ct);
        Assert.Equal(ScanVerdict.StageCompleted, shipped.Verdict);

        await using var db = await app.DbAsync();
        var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, Ct);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        var shipment = await db.Shipments.SingleAsync(s => s.OrderId == order.Id, Ct);
        Assert.Equal(("SF", "SF1234567890", waveOrder.ExpectedWeightGrams + 10), (shipment.CarrierCode, shipment.TrackingNumber, shipment.WeightGrams));
        var trail = await app.Get<FulfillmentTrail>().ForOrderAsync(order.Id, Ct);
        Assert.Equal(["Picker Li", "Checker Wang", "Checker Wang", "Picker Li"],
            FulfillmentStages.Signed.Select(s => trail.Signatures[s].UserName));
        Assert.Contains(trail.Events, e => e.Verdict == ScanVerdict.SiblingVariant && e.Station == s_picker.Station);
        Assert.Contains(trail.Events, e => e.Verdict == ScanVerdict.CarrierChanged && e.Note.Contains("fragile glass", StringComparison.Ordinal));
        Assert.Contains(trail.Events, e => e.Verdict == ScanVerdict.WeightOutOfTolerance);
        Assert.Equal([(ShippingErrorType.WrongSku, FulfillmentStage.Pick, true, "Picker Li"),
                (ShippingErrorType.MissingMainItem, FulfillmentStage.Pick, true, "Picker Li"),
                (ShippingErrorType.MissingMainItem, FulfillmentStage.Check, true, "Checker Wang")],
            trail.Errors.Select(e => (e.Type, e.Stage, e.CaughtInHouse, e.ResponsibleName)));
    }

    [Fact]
    public async Task SecondStation_OnAHeldOrder_IsToldWhoHoldsIt_AndNothingIsRecorded()
    {
        var (warehouseId, waveOrder) = await ReleaseOneAsync();
        Assert.Equal(ScanVerdict.Accepted, (await Desk.OpenAsync(s_picker, FulfillmentStage.Pick, warehouseId, waveOrder.OrderNumber, Ct)).Verdict);

        var second = await Desk.OpenAsync(s_other, FulfillmentStage.Pick, warehouseId, waveOrder.OrderNumber, Ct);
        var scan = await Desk.ScanAsync(s_other, FulfillmentStage.Pick, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        Assert.Equal(ScanVerdict.HeldElsewhere, second.Verdict);
        Assert.Contains("Picker Li", Shown(second), StringComparison.Ordinal);
        Assert.Contains(s_picker.Station, Shown(second), StringComparison.Ordinal);
        Assert.Equal(ScanVerdict.HeldElsewhere, scan.Verdict);
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.WaveOrderLines.Where(l => l.WaveOrderId == waveOrder.Id).SumAsync(l => l.Picked, Ct));
        Assert.False(await db.ScanEvents.AnyAsync(e => e.WaveOrderId == waveOrder.Id && e.Station == s_other.Station, Ct));
    }

    [Fact]
    public async Task TwoStations_ScanOneOrderAtTheSameTime_OnlyOneCountsEachUnit()
    {
        var (_, waveOrder) = await ReleaseOneAsync();
        var barcode = waveOrder.Lines[0].Barcode;
        var stations = Enumerable.Range(1, 6).Select(i => new StationWorker($"u{i}", $"Worker {i}", $"SH-01-S{i:D2}")).ToList();

        var results = await Task.WhenAll(stations.Select(s => Task.Run(() => Desk.ScanAsync(s, FulfillmentStage.Pick, waveOrder.Id, barcode, Ct), Ct)));

        var accepted = results.Where(r => r.Verdict == ScanVerdict.Accepted).ToList();
        Assert.Single(accepted);
        Assert.All(results.Except(accepted), r => Assert.Equal(ScanVerdict.HeldElsewhere, r.Verdict));
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.WaveOrderLines.Where(l => l.WaveOrderId == waveOrder.Id).SumAsync(l => l.Picked, Ct));
        Assert.Equal(1, await db.ScanEvents.CountAsync(e => e.WaveOrderId == waveOrder.Id, Ct));
    }

    [Fact]
    public async Task ChineseStation_ShowsEveryDetailInChinese_WhileTheRecordsStayInEnglish()
    {
        var (warehouseId, waveOrder) = await ReleaseOneAsync();
        var siblingBarcode = await BarcodeNotOnOrderAsync(waveOrder, sibling: true);
        var before = CultureInfo.CurrentUICulture;
        // The circuit of a browser that chose 中文: request localization set its UI culture, and the desk's calls run in it.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        StationResult sibling, held, notAWeight, tooHeavy, done;
        try
        {
            await Desk.OpenAsync(s_picker, FulfillmentStage.Pick, warehouseId, waveOrder.OrderBarcode, Ct);
            sibling = await Desk.ScanAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, siblingBarcode, Ct);
            held = await Desk.OpenAsync(s_other, FulfillmentStage.Pick, warehouseId, waveOrder.OrderNumber, Ct);
            notAWeight = await Desk.WeighAsync(s_picker, waveOrder.Id, "heavy", null, Ct);
            tooHeavy = await Desk.WeighAsync(s_picker, waveOrder.Id, "120 kg", null, Ct);
            await ScanEverythingAsync(s_picker, FulfillmentStage.Pick, waveOrder);
            done = await Desk.CompleteAsync(s_other, FulfillmentStage.Pick, waveOrder.Id, Ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        var line = waveOrder.Lines[0];
        Assert.Matches($@"^\S+ 是{Regex.Escape(line.ProductName)}的其他款式；订单要的是 \S+（.*）。$", Shown(sibling, "zh-Hans"));
        Assert.Matches($@"^Picker Li 从 \d\d:\d\d 起在工位 {s_picker.Station} 处理订单 {waveOrder.OrderNumber}。$", Shown(held, "zh-Hans"));
        Assert.Equal("“heavy”不是重量：请输入克数（如 1250）或千克数（如 1.25 kg）。", Shown(notAWeight, "zh-Hans"));
        Assert.Equal("包裹最重 100 kg，请检查电子秤。", Shown(tooHeavy, "zh-Hans"));
        Assert.Equal($"订单 {waveOrder.OrderNumber} 当前在复核环节，不在拣货环节。", Shown(done, "zh-Hans"));

        await using var db = await app.DbAsync();
        var note = await db.ScanEvents.Where(e => e.WaveOrderId == waveOrder.Id && e.Verdict == ScanVerdict.SiblingVariant)
            .Select(e => e.Note).SingleAsync(Ct);
        Assert.Contains($"is another variant of {line.ProductName}; the order wants", note, StringComparison.Ordinal);
        Assert.Equal(note, await db.ShippingErrors.Where(e => e.OrderId == waveOrder.OrderId).Select(e => e.Note).SingleAsync(Ct));
    }

    [Fact]
    public async Task HoldArrivesAfterPicking_NextScanAlarms_OrderLeavesTheWave_AndCanBeReleasedAgainLater()
    {
        var (warehouseId, waveOrder) = await ReleaseOneAsync();
        await ScanEverythingAsync(s_picker, FulfillmentStage.Pick, waveOrder);
        await using (var db = await app.DbAsync())
        {
            // The order changes as the inbox changes it, but its wave order stays open (the inbox withdraws it too, see
            // PlatformChangesMidFlowTests): the scan-time gate behind that must still stop the station.
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, Ct);
            order.PlaceHold(ShippingHold.RefundRequested);
            order.MoveTo(OrderStatus.Paid, app.Clock.GetUtcNow(), "hold: RefundRequested");
            await db.SaveChangesAsync(Ct);
        }

        var scan = await Desk.ScanAsync(s_other, FulfillmentStage.Check, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);
        var queue = await Desk.QueueAsync(warehouseId, FulfillmentStage.Check, s_other, Ct);
        var again = await Desk.ScanAsync(s_other, FulfillmentStage.Check, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        Assert.Equal(ScanVerdict.OrderOnHold, scan.Verdict);
        Assert.Equal("The platform put the order on hold: the buyer asked for a refund. Stop: put the order's items back.", Shown(scan));
        Assert.DoesNotContain(queue, q => q.WaveOrderId == waveOrder.Id);
        Assert.Equal(ScanVerdict.Withdrawn, again.Verdict);
        Assert.Equal(0, (await app.Get<WaveDesk>().ReadyAsync(warehouseId, 1000, Ct)).Count(r => r.OrderId == waveOrder.OrderId));

        await using (var db = await app.DbAsync())
        {
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, Ct);
            order.PlaceHold(ShippingHold.None);
            await db.SaveChangesAsync(Ct);
        }
        var rewave = await app.Get<WaveDesk>().ReleaseManualAsync(warehouseId, [waveOrder.OrderId], "test", Ct);
        Assert.Single(rewave.Orders);
    }

    [Fact]
    public async Task CancelledOnThePlatformMidFlow_ScanIsBlocked_WithTheReason()
    {
        var (_, waveOrder) = await ReleaseOneAsync();
        await using (var db = await app.DbAsync())
        {
            var order = await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, Ct);
            order.FollowPlatform(OrderStatus.Cancelled, app.Clock.GetUtcNow(), "pull");
            await db.SaveChangesAsync(Ct);
        }

        var scan = await Desk.ScanAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        Assert.Equal(ScanVerdict.OrderCancelled, scan.Verdict);
        Assert.True(scan.Blocked);
        await using var check = await app.DbAsync();
        Assert.Equal(FulfillmentStage.Withdrawn, (await check.WaveOrders.SingleAsync(o => o.Id == waveOrder.Id, Ct)).Stage);
    }

    [Fact]
    public async Task BadScans_UnknownBarcodeAnotherOrdersItemAndEmptyInput_AreBlockedAndExplained()
    {
        var (_, waveOrder) = await ReleaseOneAsync();

        var unknown = await Desk.ScanAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, "0000000000000", Ct);
        var wrong = await Desk.ScanAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, await BarcodeNotOnOrderAsync(waveOrder, sibling: false), Ct);
        var empty = await Desk.ScanAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, "   ", Ct);
        var slip = await Desk.ScanAsync(s_picker, FulfillmentStage.Pick, waveOrder.Id, WaveOrder.BarcodeOf(waveOrder.OrderId + 1), Ct);
        var wrongStage = await Desk.ScanAsync(s_picker, FulfillmentStage.Check, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        Assert.Equal(ScanVerdict.UnknownBarcode, unknown.Verdict);
        Assert.True(wrong.Verdict is ScanVerdict.WrongSku or ScanVerdict.OtherOrder, wrong.Verdict.ToString());
        Assert.Equal(ScanVerdict.InvalidInput, empty.Verdict);
        Assert.Equal(ScanVerdict.OtherOrder, slip.Verdict);
        Assert.Equal(ScanVerdict.WrongStage, wrongStage.Verdict);
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.WaveOrderLines.Where(l => l.WaveOrderId == waveOrder.Id).SumAsync(l => l.Picked, Ct));
        Assert.Equal(1, await db.ShippingErrors.CountAsync(e => e.OrderId == waveOrder.OrderId, Ct)); // the wrong SKU; unknown barcodes are not shipping errors
    }
}
