using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Tests.Support;
using OrderDesk.Tests.Unit.Ingestion.Platforms;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>
/// The platform keeps talking while an order is at the stations: through the real webhook and inbox worker, a repeat of
/// "paid" leaves it in its wave, a cancellation, hold or line change withdraws it from its wave as the inbox applies it (the
/// next scan alarms), and an order shipped from here stays shipped.
/// </summary>
public sealed class PlatformChangesMidFlowTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateTimeOffset Now => app.Clock.GetUtcNow();
    private static readonly StationWorker s_worker = new("u-1", "Li Na", "WH-S01");

    private async Task<(WebShopOrderJson Json, WebShopSender Sender, WaveOrder WaveOrder)> InAWaveAsync()
    {
        await using var db = await app.DbAsync();
        var skus = await db.Skus.OrderBy(s => s.Id).Take(2).Select(s => s.Code).ToListAsync(Ct);
        var sender = await WebShopSender.CreateAsync(app);
        var json = new WebShopOrderJson(WebShopOrderJson.NextId(), Now.AddMinutes(-10))
        {
            CreatedAt = Now.AddMinutes(-12), Lines = [(skus[0], 1, "59.00"), (skus[1], 2, "19.00")],
        };
        Assert.Equal(HttpStatusCode.Accepted, (await sender.PostAsync(json, "orders/create")).StatusCode);
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Platform == Platform.WebShop
            && o.PlatformOrderId == json.Id.ToString(CultureInfo.InvariantCulture), Ct);
        Assert.Equal(("", OrderStatus.Paid), (order.ExceptionReason, order.Status));
        var wave = await app.Get<WaveDesk>().ReleaseManualAsync(order.WarehouseId!.Value, [order.Id], "test", Ct);
        return (json, sender, await db.WaveOrders.Include(o => o.Lines).SingleAsync(o => o.WaveId == wave.Id, Ct));
    }

    private async Task<Order> OrderAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Orders.AsNoTracking().SingleAsync(o => o.Id == id, Ct);
    }

    private async Task DeliverAsync(WebShopSender sender, WebShopOrderJson json)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await sender.PostAsync(json)).StatusCode);
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
    }

    [Fact]
    public async Task PlatformRepeatsPaid_OrderStaysInItsWave_AndTheStationGoesOn()
    {
        var (json, sender, waveOrder) = await InAWaveAsync();

        await DeliverAsync(sender, json with { UpdatedAt = Now.AddMinutes(-1), Note = "please hurry" });
        var scan = await app.Get<StationDesk>().ScanAsync(s_worker, FulfillmentStage.Pick, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        var order = await OrderAsync(waveOrder.OrderId);
        Assert.Equal(OrderStatus.InFulfillment, order.Status);
        Assert.Equal(ScanVerdict.Accepted, scan.Verdict);
    }

    [Fact]
    public async Task PlatformCancelsAfterPicking_InboxWithdrawsTheWaveOrder_AndTheNextScanAlarms()
    {
        var (json, sender, waveOrder) = await InAWaveAsync();
        var desk = app.Get<StationDesk>();
        foreach (var line in waveOrder.Lines)
            for (var i = 0; i < line.Quantity; i++)
                await desk.ScanAsync(s_worker, FulfillmentStage.Pick, waveOrder.Id, line.Barcode, Ct);

        await DeliverAsync(sender, json with { UpdatedAt = Now.AddMinutes(-1), CancelledAt = Now.AddMinutes(-1), FinancialStatus = "refunded" });
        // Straight after the inbox worker, before any station refreshes its queue or scans.
        await AssertWithdrawnAsync(waveOrder.Id, "The order was cancelled on the platform.");
        var scan = await desk.ScanAsync(s_worker, FulfillmentStage.Check, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        Assert.True(scan.Verdict is ScanVerdict.Withdrawn, $"{scan.Verdict}: {scan.Message}");
        Assert.True(scan.Blocked);
        Assert.Contains("The order was cancelled on the platform. Put its items back.", Worded(scan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlatformChangesTheLinesMidFlow_InboxWithdrawsTheWaveOrder_AndTheQueueNoLongerShowsIt()
    {
        var (json, sender, waveOrder) = await InAWaveAsync();

        await DeliverAsync(sender, json with { UpdatedAt = Now.AddMinutes(-1), Lines = [.. json.Lines.Take(1)] });

        Assert.Equal(OrderStatus.Paid, (await OrderAsync(waveOrder.OrderId)).Status);
        await AssertWithdrawnAsync(waveOrder.Id, "The order is Paid and no longer in a wave.");
        var queue = await app.Get<StationDesk>().QueueAsync(waveOrder.WarehouseId, FulfillmentStage.Pick, s_worker, Ct);
        Assert.DoesNotContain(queue, q => q.WaveOrderId == waveOrder.Id);

        // The wave detail gives the reason in the reader's language; the record keeps the English one.
        var row = Assert.Single((await app.Get<WaveBoard>().WaveAsync(waveOrder.WaveId, Ct))!.Orders, o => o.WaveOrderId == waveOrder.Id);
        var wording = app.Get<StationWording>();
        Assert.Equal("The order is Paid and no longer in a wave.", row.WithdrawnReason);
        var chinese = UiCulture.In("zh-Hans", () => wording.Recorded(row.WithdrawnReason, row.WithdrawnDetail));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
        Assert.DoesNotContain("no longer", chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PAID_FORBID_CONSIGN", "NO_REFUND", "The platform put the order on hold: PlatformForbidsShipping.", "the platform does not allow shipping yet")]
    [InlineData("WAIT_SELLER_SEND_GOODS", "WAIT_SELLER_AGREE", "The platform put the order on hold: RefundRequested.", "the buyer asked for a refund")]
    public async Task TaobaoHoldArrivesMidFlow_InboxWithdrawsTheWaveOrder_AndTheNextScanAlarms(string status, string refundStatus, string reason, string shown)
    {
        await using var db = await app.DbAsync();
        var shop = await db.Shops.AsNoTracking().OrderBy(s => s.Id).FirstAsync(s => s.Platform == Platform.Taobao, Ct);
        var skus = await db.Skus.AsNoTracking().OrderBy(s => s.Id).Take(2).ToListAsync(Ct);
        var tid = WebShopOrderJson.NextId().ToString(CultureInfo.InvariantCulture);
        await EnqueueTaobaoAsync(shop, tid, "WAIT_SELLER_SEND_GOODS", "NO_REFUND", Now.AddMinutes(-10), skus);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.ShopId == shop.Id && o.PlatformOrderId == tid, Ct);
        Assert.Equal(("", OrderStatus.Paid), (order.ExceptionReason, order.Status));
        var wave = await app.Get<WaveDesk>().ReleaseManualAsync(order.WarehouseId!.Value, [order.Id], "test", Ct);
        var waveOrder = await db.WaveOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.WaveId == wave.Id, Ct);
        Assert.Equal(ScanVerdict.Accepted, (await app.Get<StationDesk>().OpenAsync(s_worker, FulfillmentStage.Pick, waveOrder.Id, Ct)).Verdict);

        await EnqueueTaobaoAsync(shop, tid, status, refundStatus, Now.AddMinutes(-1), skus);
        await AssertWithdrawnAsync(waveOrder.Id, reason);
        var scan = await app.Get<StationDesk>().ScanAsync(s_worker, FulfillmentStage.Pick, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        Assert.Equal(ScanVerdict.Withdrawn, scan.Verdict);
        // Recorded in English as the gate words it; shown in the reader's words for the hold.
        Assert.Matches($"^Order {order.PlatformOrderId} left its wave: .*{shown}.* Put its items back\\.$", Worded(scan));
    }

    /// <summary>A TOP trade as a pull delivers it, with one line per SKU, straight into the inbox; then one drain.</summary>
    private async Task EnqueueTaobaoAsync(Shop shop, string tid, string status, string refundStatus, DateTimeOffset modified, IReadOnlyList<Sku> skus)
    {
        static string China(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var created = Now.AddMinutes(-12);
        var payload = PlatformFixtures.Edit("taobao-trade-paid.json", t =>
        {
            t["tid"] = long.Parse(tid, CultureInfo.InvariantCulture);
            t["tid_str"] = tid;
            t["status"] = status;
            t["created"] = China(created);
            t["pay_time"] = China(created);
            t["modified"] = China(modified);
            var lines = new JsonArray();
            foreach (var (sku, i) in skus.Select((s, i) => (s, i)))
                lines.Add(new JsonObject
                {
                    ["oid"] = long.Parse(tid, CultureInfo.InvariantCulture) * 10 + i, ["outer_sku_id"] = sku.Code, ["title"] = sku.Name,
                    ["num"] = 1, ["price"] = "50.00", ["payment"] = "50.00", ["refund_status"] = i == 0 ? refundStatus : "NO_REFUND",
                });
            t["orders"] = new JsonObject { ["order"] = lines };
        });
        await using (var db = await app.DbAsync())
        {
            db.InboxMessages.Add(new InboxMessage(Guid.NewGuid().ToString(), Platform.Taobao, shop.Id, shop.Code, MessageSource.Pull,
                "trade", tid, payload, Now));
            await db.SaveChangesAsync(Ct);
        }
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
    }

    private string Worded(StationResult result) => UiCulture.In("en", () => app.Get<StationWording>().Word(result.Message));

    /// <summary>The wave order left with the reason the stations' gate gives, and a trail line signed by the system.</summary>
    private async Task AssertWithdrawnAsync(long waveOrderId, string reason)
    {
        await using var db = await app.DbAsync();
        var waveOrder = await db.WaveOrders.AsNoTracking().SingleAsync(o => o.Id == waveOrderId, Ct);
        Assert.Equal((FulfillmentStage.Withdrawn, reason, ""), (waveOrder.Stage, waveOrder.WithdrawnReason, waveOrder.HeldByStation));
        var line = await db.ScanEvents.AsNoTracking().SingleAsync(e => e.WaveOrderId == waveOrderId && e.Verdict == ScanVerdict.Withdrawn, Ct);
        Assert.Equal(("system", reason), (line.UserName, line.Note));
    }

    [Fact]
    public async Task ShippedHere_PlatformStillSaysPaid_StaysShippedAndNothingIsQuarantined()
    {
        var (json, sender, waveOrder) = await InAWaveAsync();
        var desk = app.Get<StationDesk>();
        foreach (var stage in new[] { FulfillmentStage.Pick, FulfillmentStage.Check })
            foreach (var line in waveOrder.Lines)
                for (var i = 0; i < line.Quantity; i++)
                    await desk.ScanAsync(s_worker, stage, waveOrder.Id, line.Barcode, Ct);
        await desk.PackAsync(s_worker, waveOrder.Id, new CarrierChoice("ZTO", "Standard", "ZTO", "default", null), Ct);
        var shipped = await desk.WeighAsync(s_worker, waveOrder.Id, waveOrder.ExpectedWeightGrams.ToString(CultureInfo.InvariantCulture), "ZT100200300", Ct);
        Assert.Equal(ScanVerdict.StageCompleted, shipped.Verdict);

        await DeliverAsync(sender, json with { UpdatedAt = Now.AddMinutes(-1), Note = "gift wrap" });

        var order = await OrderAsync(waveOrder.OrderId);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Contains("gift wrap", new[] { order.BuyerMessage, order.SellerMemo }); // the update itself was applied
        await using var db = await app.DbAsync();
        Assert.False(await db.InboxMessages.AnyAsync(m => m.State == MessageState.Quarantined, Ct));
    }
}
