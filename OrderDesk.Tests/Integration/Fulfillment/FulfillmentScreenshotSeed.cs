using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>
/// Not a test: with ORDERDESK_SEED_FULFILLMENT=&lt;data dir&gt; it seeds a demo database there and drives the real
/// StationDesk over it (orders shipped, one with a blocked scan, others left at each stage, an error reported after
/// shipping), for tools/screenshots/waves-shots.mjs. Explicit, so a test run leaves it out; run it with
/// <c>-- xUnit.Explicit=only</c>.
/// </summary>
public sealed class FulfillmentScreenshotSeed
{
    [Fact(Explicit = true)]
    public async Task Seed()
    {
        var dir = Environment.GetEnvironmentVariable("ORDERDESK_SEED_FULFILLMENT");
        if (string.IsNullOrEmpty(dir)) Assert.Skip("Set ORDERDESK_SEED_FULFILLMENT to a data directory to seed screenshot data.");
        var ct = TestContext.Current.CancellationToken;
        await using var app = new OrderDeskApp().With("OrderDesk:DataDirectory", dir).With("OrderDesk:Demo:OrderCount", "3000");
        app.Clock.Set(DateTimeOffset.UtcNow);
        await app.InitializeAsync();

        await using var db = await app.DbAsync();
        var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName), ct);
        var warehouseId = await db.Warehouses.OrderBy(w => w.Code).Select(w => w.Id).FirstAsync(ct);
        var stations = await app.Get<StationDesk>().StationsAsync(warehouseId, ct);
        var worker = users["warehouse@demo.orderdesk"];
        var supervisor = users["supervisor@demo.orderdesk"];
        var picker = new StationWorker(worker.Id, worker.DisplayName, stations[0].Code);
        var packer = new StationWorker(worker.Id, worker.DisplayName, stations[^1].Code);
        var waveOrders = await db.WaveOrders.Where(o => o.WarehouseId == warehouseId && o.Stage == FulfillmentStage.Pick)
            .OrderBy(o => o.WaveId).ThenBy(o => o.Sequence).Select(o => new { o.Id, o.OrderId }).Take(10).ToListAsync(ct);

        for (var i = 0; i < waveOrders.Count; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(3));
            var stopAt = i switch { 7 => FulfillmentStage.Check, 8 => FulfillmentStage.Pack, 9 => FulfillmentStage.Weigh, _ => FulfillmentStage.Shipped };
            await FulfillmentTestRuns.ShipAsync(app, waveOrders[i].Id, picker, packer, blockedScan: i is 0 or 3, stopAt, ct);
        }
        await app.Get<ShippingErrors>().ReportAsync(new ErrorReport(waveOrders[1].OrderId, ShippingErrorType.MissingGift, FulfillmentStage.Check,
            worker.Id, "Customer says the promised travel pouch was not in the parcel."), supervisor.DisplayName, ct);
        await app.Get<ShippingErrors>().ReportAsync(new ErrorReport(waveOrders[2].OrderId, ShippingErrorType.WrongAddress, FulfillmentStage.Pack,
            worker.Id, "Parcel label shows the old address; buyer had changed it before shipping."), supervisor.DisplayName, ct);

        // A realistic ready list: orders paid over the last two days, so some are overdue or due within hours.
        var random = new Random(7);
        var now = app.Clock.GetUtcNow();
        foreach (var hoursAgo in new[] { 50, 49, 47.5, 46, 44.8, 40, 30, 20, 12, 9, 6, 3, 1.5, 0.5 })
        {
            var id = await FulfillmentTestOrders.ReadyAsync(app);
            var number = "26112" + string.Concat(Enumerable.Range(0, 14).Select(_ => random.Next(10)));
            await db.Orders.Where(o => o.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.PaidAt, now.AddHours(-hoursAgo)).SetProperty(o => o.PlatformOrderId, number), ct);
        }
        var shopWarehouse = await db.Shops.OrderBy(s => s.Id).Select(s => s.DefaultWarehouseId).FirstAsync(ct);
        var ready = await app.Get<WaveDesk>().ReadyAsync(shopWarehouse, 100, ct);
        var wave = await app.Get<WaveDesk>().ReleaseManualAsync(shopWarehouse, ready.Skip(6).Take(3).Select(o => o.OrderId).ToList(), supervisor.DisplayName, ct);

        await File.WriteAllTextAsync(Path.Combine(dir, "fulfillment-seed.json"), JsonSerializer.Serialize(new
        {
            warehouseId, readyWarehouseId = shopWarehouse, waveId = wave.Id, trailOrderId = waveOrders[0].OrderId, demoWaveId = await db.WaveOrders.Where(o => o.Id == waveOrders[0].Id).Select(o => o.WaveId).FirstAsync(ct),
        }), ct);
    }
}
