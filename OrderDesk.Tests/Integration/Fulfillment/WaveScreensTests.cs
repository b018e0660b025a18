using System.Net;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment;
using OrderDesk.Features.Fulfillment.Errors;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>What the waves, trail and shipping-error screens read and write, against the real app and its demo data.</summary>
public sealed class WaveScreensTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly StationWorker s_picker = new("u-picker", "Picker Li", "SH-01-S01");
    private static readonly StationWorker s_packer = new("u-packer", "Packer Wang", "SH-01-S03");

    private WaveDesk Desk => app.Get<WaveDesk>();

    private async Task<long> WarehouseOfAsync(long orderId)
    {
        await using var db = await app.DbAsync();
        return (await db.Orders.SingleAsync(o => o.Id == orderId, Ct)).WarehouseId!.Value;
    }

    private async Task<(long OrderId, long WaveOrderId)> ShippedAsync()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        var wave = await Desk.ReleaseManualAsync(await WarehouseOfAsync(orderId), [orderId], "test", Ct);
        await using var db = await app.DbAsync();
        var waveOrderId = await db.WaveOrders.Where(o => o.WaveId == wave.Id).Select(o => o.Id).SingleAsync(Ct);
        await FulfillmentTestRuns.ShipAsync(app, waveOrderId, s_picker, s_packer, ct: Ct);
        return (orderId, waveOrderId);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = await app.DbAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
    }

    [Fact]
    public async Task ReadyList_HeldOrder_LeftOut()
    {
        var ready = await FulfillmentTestOrders.ReadyAsync(app);
        var held = await FulfillmentTestOrders.ReadyAsync(app);
        await using (var db = await app.DbAsync())
        {
            (await db.Orders.SingleAsync(o => o.Id == held, Ct)).PlaceHold(ShippingHold.RefundRequested);
            await db.SaveChangesAsync(Ct);
        }

        var list = await Desk.ReadyAsync(await WarehouseOfAsync(ready), 1000, Ct);

        Assert.Contains(list, o => o.OrderId == ready);
        Assert.DoesNotContain(list, o => o.OrderId == held);
    }

    [Fact]
    public async Task ReleaseSelected_OneStoppedBeingReady_RefusedByCountAndNothingReleased()
    {
        var first = await FulfillmentTestOrders.ReadyAsync(app);
        var second = await FulfillmentTestOrders.ReadyAsync(app);
        var warehouseId = await WarehouseOfAsync(first);
        await Desk.ReleaseManualAsync(warehouseId, [second], "someone else", Ct);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Desk.ReleaseManualAsync(warehouseId, [first, second], "test", Ct));

        Assert.StartsWith("1 of the selected orders are no longer ready to ship", refused.Message, StringComparison.Ordinal);
        Assert.Contains(await Desk.ReadyAsync(warehouseId, 1000, Ct), o => o.OrderId == first);
    }

    [Fact]
    public async Task WaveDetail_AfterRelease_ListsOrdersAtPickAndCountsThemInTheKpis()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        var warehouseId = await WarehouseOfAsync(orderId);
        var before = await app.Get<WaveBoard>().KpisAsync(warehouseId, Ct);
        var wave = await Desk.ReleaseManualAsync(warehouseId, [orderId], "test", Ct);

        var detail = await app.Get<WaveBoard>().WaveAsync(wave.Id, Ct);
        var after = await app.Get<WaveBoard>().KpisAsync(warehouseId, Ct);

        var row = Assert.Single(detail!.Orders);
        Assert.Equal((orderId, FulfillmentStage.Pick, 4, 1), (row.OrderId, row.Stage, row.Units, row.GiftUnits));
        Assert.Equal((await Desk.WavesAsync(warehouseId, 500, Ct)).Single(w => w.Id == wave.Id), detail.Summary);
        Assert.Equal((1, 1), (detail.Summary.Orders, detail.Summary.AtPick));
        Assert.Equal(warehouseId, detail.WarehouseId);
        Assert.Equal((before.Ready - 1, before.AtPick + 1), (after.Ready, after.AtPick));
        Assert.Null(await app.Get<WaveBoard>().WaveAsync(-1, Ct));
    }

    [Fact]
    public async Task Report_BadInput_RefusedAndNothingRecorded()
    {
        var errors = app.Get<ShippingErrors>();
        var notShipped = await FulfillmentTestOrders.ReadyAsync(app);
        var (shipped, _) = await ShippedAsync();
        var supervisor = await UserIdAsync("supervisor@demo.orderdesk");
        var warehouseUser = await UserIdAsync("warehouse@demo.orderdesk");

        await Assert.ThrowsAsync<DomainRuleException>(() =>
            errors.ReportAsync(new ErrorReport(notShipped, ShippingErrorType.WrongSku, FulfillmentStage.Pick, warehouseUser, "wrong colour"), "张伟", Ct));
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            errors.ReportAsync(new ErrorReport(shipped, ShippingErrorType.WrongSku, FulfillmentStage.Pick, warehouseUser, "  "), "张伟", Ct));
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            errors.ReportAsync(new ErrorReport(shipped, ShippingErrorType.WrongSku, FulfillmentStage.Pick, "nobody", "wrong colour"), "张伟", Ct));
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            errors.ReportAsync(new ErrorReport(-5, ShippingErrorType.WrongSku, FulfillmentStage.Pick, warehouseUser, "wrong colour"), "张伟", Ct));

        var trail = await app.Get<FulfillmentTrail>().ForOrderAsync(shipped, Ct);
        Assert.DoesNotContain(trail.Errors, e => !e.CaughtInHouse);
        Assert.Contains(await errors.PeopleAsync(Ct), p => p.UserId == supervisor);
    }

    [Fact]
    public async Task Report_AfterShipping_ShowsOnTrailAndCountsPerMilleOfShipments()
    {
        var since = app.Clock.GetUtcNow().AddMinutes(-1);
        var (orderId, _) = await ShippedAsync();
        var signers = await app.Get<ShippingErrors>().SignersAsync(orderId, Ct);
        Assert.Contains(signers, s => s.Name == "Picker Li" && s.Stage == FulfillmentStage.Pick);
        var responsible = await UserIdAsync("warehouse@demo.orderdesk");

        await app.Get<ShippingErrors>().ReportAsync(
            new ErrorReport(orderId, ShippingErrorType.MissingGift, FulfillmentStage.Check, responsible, "no gift in the box"), "张伟", Ct);
        var rates = await app.Get<ErrorRateBoard>().SinceAsync(since, Ct);

        var gift = rates.Types.Single(t => t.Type == ShippingErrorType.MissingGift);
        Assert.True(rates.Shipments >= 1);
        Assert.True(gift.AfterShipping >= 1);
        Assert.Equal(Math.Round(gift.AfterShipping * 1000m / rates.Shipments, 2), gift.PerMille);
        Assert.Equal(4.5m, gift.IndustryPerMille);
        var trail = await app.Get<FulfillmentTrail>().ForOrderAsync(orderId, Ct);
        Assert.Contains(trail.Errors, e => !e.CaughtInHouse && e.Type == ShippingErrorType.MissingGift && e.RecordedBy == "张伟");
        var recent = await app.Get<ShippingErrors>().RecentAsync(since, Ct);
        Assert.Contains(recent, e => e.OrderId == orderId && !e.CaughtInHouse && e.OrderNumber.Length > 0);
        Assert.Contains(recent, e => e.OrderId == orderId && e.CaughtInHouse && e.Type == ShippingErrorType.WrongSku);
        var html = await (await app.SignedInAsync("ops@demo.orderdesk")).GetStringAsync("/fulfillment/errors?days=30", Ct);
        Assert.Contains("no gift in the box", html);
    }

    [Theory]
    [InlineData("supervisor", true)]
    [InlineData("finance", false)]
    public async Task OrderDetail_ShippedOrder_ShowsTrailWithBlockedScan_ReportButtonOnlyForSupervisors(string role, bool canReport)
    {
        var (orderId, _) = await ShippedAsync();
        var client = await app.SignedInAsync($"{role}@demo.orderdesk");

        var html = await client.GetStringAsync($"/orders/{orderId}", Ct);

        Assert.Contains("data-testid=\"order-trail\"", html);
        Assert.Contains("Picked by Picker Li at SH-01-S01", html);
        Assert.Contains("data-verdict=\"SiblingVariant\"", html);
        Assert.Contains("data-testid=\"trail-shipment\"", html);
        Assert.Equal(canReport, html.Contains("data-testid=\"report-error\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WavesPage_Warehouse_ListsReadyOrderAndWaves()
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        var warehouseId = await WarehouseOfAsync(orderId);
        string number;
        await using (var db = await app.DbAsync()) number = (await db.Orders.SingleAsync(o => o.Id == orderId, Ct)).PlatformOrderId;
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var html = await client.GetStringAsync($"/waves?warehouse={warehouseId}", Ct);

        Assert.Contains(number, html);
        Assert.Contains("data-testid=\"wave-link\"", html);
    }

    [Fact]
    public async Task TrailAndErrors_BlockedSiblingScan_NoteInTheReadersLanguage_RecordStaysEnglish()
    {
        var (orderId, _) = await ShippedAsync();
        List<ScanEvent> notes;
        ShippingError error;
        await using (var db = await app.DbAsync())
        {
            notes = await db.ScanEvents.Where(e => e.OrderId == orderId && e.Note != "").ToListAsync(Ct);
            var blocked = notes.Single(e => e.Verdict == ScanVerdict.SiblingVariant).Id;
            error = await db.ShippingErrors.SingleAsync(e => e.ScanEventId == blocked, Ct);
        }
        var scan = notes.Single(e => e.Verdict == ScanVerdict.SiblingVariant);
        Assert.All(notes, e => Assert.NotNull(e.Detail)); // the scan, the carrier, the weight and the shipment: all system-written
        Assert.Contains(" is another variant of ", scan.Note, StringComparison.Ordinal);
        Assert.Equal((scan.Note, scan.Detail), (error.Note, error.Detail));
        var wording = app.Get<StationWording>();
        var english = UiCulture.In("en", () => wording.Recorded(scan.Note, scan.Detail));
        var chinese = UiCulture.In("zh-Hans", () => wording.Recorded(scan.Note, scan.Detail));
        Assert.Equal(scan.Note, english);
        Assert.Contains("的其他款式；订单要的是", chinese, StringComparison.Ordinal);
        var since = app.Clock.GetUtcNow().AddMinutes(-1);
        Assert.Contains(await app.Get<ShippingErrors>().RecentAsync(since, Ct), e => e.Id == error.Id && e.Detail == scan.Detail);

        var client = await app.SignedInAsync("supervisor@demo.orderdesk");
        var trailInEnglish = WebUtility.HtmlDecode(await client.GetStringAsync($"/orders/{orderId}", Ct));
        Assert.Contains($"<td class=\"od-note-cell\">{english}</td>", trailInEnglish);
        Assert.Contains($"“{english}”", trailInEnglish);
        await client.GetAsync("/culture/zh-Hans?returnUrl=/", Ct);
        var trail = WebUtility.HtmlDecode(await client.GetStringAsync($"/orders/{orderId}", Ct));
        var errors = WebUtility.HtmlDecode(await client.GetStringAsync("/fulfillment/errors?days=30", Ct));

        Assert.Contains($"<td class=\"od-note-cell\">{chinese}</td>", trail);
        Assert.Contains($"“{chinese}”", trail);
        Assert.Contains(chinese, errors);
        Assert.DoesNotContain(scan.Note, trail + errors);
        Assert.All(notes, e => Assert.DoesNotContain($"<td class=\"od-note-cell\">{e.Note}</td>", trail));
        Assert.All(notes, e => Assert.Contains($"<td class=\"od-note-cell\">{e.Note}</td>", trailInEnglish));
    }
}
