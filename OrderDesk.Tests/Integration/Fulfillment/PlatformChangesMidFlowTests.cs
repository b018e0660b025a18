using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>
/// The platform keeps talking while an order is at the stations: through the real webhook and inbox worker, a repeat of
/// "paid" leaves it in its wave, a cancellation stops the next scan, and an order shipped from here stays shipped.
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
    public async Task PlatformCancelsAfterPicking_NextScanIsBlocked_AndTheOrderLeavesTheWave()
    {
        var (json, sender, waveOrder) = await InAWaveAsync();
        var desk = app.Get<StationDesk>();
        foreach (var line in waveOrder.Lines)
            for (var i = 0; i < line.Quantity; i++)
                await desk.ScanAsync(s_worker, FulfillmentStage.Pick, waveOrder.Id, line.Barcode, Ct);

        await DeliverAsync(sender, json with { UpdatedAt = Now.AddMinutes(-1), CancelledAt = Now.AddMinutes(-1), FinancialStatus = "refunded" });
        var scan = await desk.ScanAsync(s_worker, FulfillmentStage.Check, waveOrder.Id, waveOrder.Lines[0].Barcode, Ct);

        Assert.True(scan.Verdict is ScanVerdict.OrderCancelled, $"{scan.Verdict}: {scan.Message}");
        Assert.Matches(@"^The order was (cancelled|refunded) on the platform\. Stop: put the order's items back\.$",
            UiCulture.In("en", () => app.Get<StationWording>().Word(scan.Message)));
        await using var db = await app.DbAsync();
        Assert.Equal(FulfillmentStage.Withdrawn, (await db.WaveOrders.SingleAsync(o => o.Id == waveOrder.Id, Ct)).Stage);
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
