using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>Takes a released order through the four stations, optionally with the classic wrong-variant scan blocked at pick.</summary>
public static class FulfillmentTestRuns
{
    public static async Task ShipAsync(OrderDeskApp app, long waveOrderId, StationWorker picker, StationWorker packer,
        bool blockedScan = true, FulfillmentStage stopAt = FulfillmentStage.Shipped, CancellationToken ct = default)
    {
        var desk = app.Get<StationDesk>();
        WaveOrder waveOrder;
        await using (var db = await app.DbAsync())
            waveOrder = await db.WaveOrders.Include(o => o.Lines).AsNoTracking().SingleAsync(o => o.Id == waveOrderId, ct);

        await Expect(desk.OpenAsync(picker, FulfillmentStage.Pick, waveOrderId, ct), ScanVerdict.Accepted);
        if (blockedScan)
        {
            await using var db = await app.DbAsync();
            var line = waveOrder.Lines[0];
            var codes = waveOrder.Lines.Select(l => l.SkuCode).ToList();
            var sibling = await db.Skus.Where(s => s.Name == line.ProductName && !codes.Contains(s.Code)).Select(s => s.Barcode).FirstOrDefaultAsync(ct)
                ?? await db.Skus.Where(s => !codes.Contains(s.Code)).Select(s => s.Barcode).FirstAsync(ct);
            var blocked = await desk.ScanAsync(picker, FulfillmentStage.Pick, waveOrderId, sibling, ct);
            if (!blocked.Blocked) throw new InvalidOperationException($"expected a blocked scan, got {blocked.Verdict}");
        }
        await ScanAllAsync(desk, picker, FulfillmentStage.Pick, waveOrder, ct);
        if (stopAt == FulfillmentStage.Check) return;
        await Expect(desk.OpenAsync(packer, FulfillmentStage.Check, waveOrderId, ct), ScanVerdict.Accepted);
        await ScanAllAsync(desk, packer, FulfillmentStage.Check, waveOrder, ct);
        if (stopAt == FulfillmentStage.Pack) return;
        await Expect(desk.PackAsync(packer, waveOrderId, new CarrierChoice("SF", "Standard", "SF", "default", null), ct), ScanVerdict.StageCompleted);
        if (stopAt == FulfillmentStage.Weigh) return;
        var grams = (waveOrder.ExpectedWeightGrams + 12).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Expect(desk.WeighAsync(picker, waveOrderId, grams, $"SF{waveOrderId:D10}", ct), ScanVerdict.StageCompleted);
    }

    private static async Task ScanAllAsync(StationDesk desk, StationWorker worker, FulfillmentStage stage, WaveOrder waveOrder, CancellationToken ct)
    {
        foreach (var line in waveOrder.Lines)
            for (var i = 0; i < line.Quantity; i++)
                await Expect(desk.ScanAsync(worker, stage, waveOrder.Id, line.Barcode, ct), ScanVerdict.Accepted, ScanVerdict.StageCompleted);
    }

    private static async Task Expect(Task<StationResult> step, params ScanVerdict[] verdicts)
    {
        var result = await step;
        if (!verdicts.Contains(result.Verdict)) throw new InvalidOperationException($"{result.Verdict}: {result.Message}");
    }
}
