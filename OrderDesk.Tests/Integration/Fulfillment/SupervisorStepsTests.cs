using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>What only a supervisor does at a station, and the weigh stage's way back: each one recorded and, for overrides, audited.</summary>
public sealed class SupervisorStepsTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private StationDesk Desk => app.Get<StationDesk>();
    private static readonly StationWorker s_worker = new("u-w", "Li Na", "SV-S01");
    private static readonly StationWorker s_supervisor = new("u-s", "Zhang Wei", "SV-S09");

    private async Task<WaveOrder> ReleasedAsync()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        await using var db = await app.DbAsync();
        var warehouseId = (await db.Orders.SingleAsync(o => o.Id == orderId, Ct)).WarehouseId!.Value;
        var wave = await app.Get<WaveDesk>().ReleaseManualAsync(warehouseId, [orderId], "test", Ct);
        return await db.WaveOrders.Include(o => o.Lines).SingleAsync(o => o.WaveId == wave.Id, Ct);
    }

    private async Task ScanAllAsync(WaveOrder waveOrder, FulfillmentStage stage, StationWorker worker, Func<WaveOrderLine, bool>? skip = null)
    {
        foreach (var line in waveOrder.Lines.Where(l => skip is null || !skip(l)))
            for (var i = 0; i < line.Quantity; i++)
                Assert.Equal(ScanVerdict.Accepted, (await Desk.ScanAsync(worker, stage, waveOrder.Id, line.Barcode, Ct)).Verdict);
    }

    [Fact]
    public async Task OverrideAUnit_NeedsAReason_CountsIt_AndIsAudited()
    {
        var waveOrder = await ReleasedAsync();
        var gift = waveOrder.Lines.Single(l => l.IsGift);
        await ScanAllAsync(waveOrder, FulfillmentStage.Pick, s_worker, skip: l => l.IsGift);

        var noReason = await Desk.OverrideAsync(s_supervisor, FulfillmentStage.Pick, waveOrder.Id, gift.Id, null, "  ", Ct);
        var accepted = await Desk.OverrideAsync(s_supervisor, FulfillmentStage.Pick, waveOrder.Id, gift.Id, null, "barcode label torn off", Ct);

        Assert.Equal(ScanVerdict.InvalidInput, noReason.Verdict);
        Assert.Equal(ScanVerdict.Override, accepted.Verdict);
        Assert.True(accepted.StageCompleted);
        await using var db = await app.DbAsync();
        Assert.Equal(FulfillmentStage.Check, (await db.WaveOrders.SingleAsync(o => o.Id == waveOrder.Id, Ct)).Stage);
        var trail = await db.ScanEvents.Where(e => e.WaveOrderId == waveOrder.Id && e.Verdict == ScanVerdict.Override).SingleAsync(Ct);
        Assert.Equal(("Zhang Wei", "barcode label torn off"), (trail.UserName, trail.Note));
        var id = waveOrder.Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(WaveOrder) && a.EntityId == id && a.Action == "Override"
            && a.UserName == "Zhang Wei" && a.Changes.Contains("barcode label torn off"), Ct));
    }

    [Fact]
    public async Task WeightOff_SendBackToCheck_EveryUnitScannedAgain_ThenAWeightOverrideShips()
    {
        var waveOrder = await ReleasedAsync();
        await ScanAllAsync(waveOrder, FulfillmentStage.Pick, s_worker);
        await ScanAllAsync(waveOrder, FulfillmentStage.Check, s_worker);
        await Desk.PackAsync(s_worker, waveOrder.Id, new CarrierChoice("ZTO", "标快/Standard", "ZTO", "default", null), Ct);
        var heavy = (waveOrder.ExpectedWeightGrams * 3).ToString(CultureInfo.InvariantCulture);
        Assert.Equal(ScanVerdict.WeightOutOfTolerance, (await Desk.WeighAsync(s_worker, waveOrder.Id, heavy, null, Ct)).Verdict);

        var noReason = await Desk.SendBackToCheckAsync(s_worker, FulfillmentStage.Weigh, waveOrder.Id, "", Ct);
        var back = await Desk.SendBackToCheckAsync(s_worker, FulfillmentStage.Weigh, waveOrder.Id, "parcel far too heavy", Ct);

        Assert.Equal(ScanVerdict.InvalidInput, noReason.Verdict);
        Assert.Equal((ScanVerdict.SentBackToCheck, FulfillmentStage.Check, 0), (back.Verdict, back.View!.Stage, back.View.VerifiedUnits));
        await ScanAllAsync(waveOrder, FulfillmentStage.Check, s_worker);
        await Desk.PackAsync(s_worker, waveOrder.Id, new CarrierChoice("ZTO", "标快/Standard", "ZTO", "default", null), Ct);
        var shipped = await Desk.OverrideAsync(s_supervisor, FulfillmentStage.Weigh, waveOrder.Id, null, heavy, "scale re-calibrated, weight confirmed", Ct);
        Assert.Equal(ScanVerdict.StageCompleted, shipped.Verdict);
        await using var db = await app.DbAsync();
        Assert.Equal(waveOrder.ExpectedWeightGrams * 3, (await db.Shipments.SingleAsync(s => s.OrderId == waveOrder.OrderId, Ct)).WeightGrams);
    }

    [Fact]
    public async Task ForceRelease_FreesAnOrderAnotherStationHolds_PlainReleaseDoesNot()
    {
        var waveOrder = await ReleasedAsync();
        await Desk.OpenAsync(s_worker, FulfillmentStage.Pick, waveOrder.Id, Ct);

        var refused = await Desk.ReleaseAsync(s_supervisor, waveOrder.Id, force: false, Ct);
        var forced = await Desk.ReleaseAsync(s_supervisor, waveOrder.Id, force: true, Ct);
        var taken = await Desk.OpenAsync(s_supervisor, FulfillmentStage.Pick, waveOrder.Id, Ct);

        Assert.Equal(ScanVerdict.HeldElsewhere, refused.Verdict);
        Assert.Equal(ScanVerdict.Accepted, forced.Verdict);
        Assert.Equal(("Zhang Wei", "SV-S09"), (taken.View!.HeldByName, taken.View.HeldByStation));
    }
}
