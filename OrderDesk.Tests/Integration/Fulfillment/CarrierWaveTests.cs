using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment.Carriers;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>A wave per carrier pickup: the ready orders the carrier rules send with one carrier, and no other.</summary>
public sealed class CarrierWaveTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReleaseByCarrier_TakesExactlyTheReadyOrdersThatCarrierGets()
    {
        for (var i = 0; i < 4; i++) await FulfillmentTestOrders.ReadyAsync(app);
        await using var db = await app.DbAsync();
        var warehouseId = await db.Shops.OrderBy(s => s.Id).Select(s => s.DefaultWarehouseId).FirstAsync(Ct);
        var desk = app.Get<WaveDesk>();
        var ready = await desk.ReadyAsync(warehouseId, 1000, Ct);
        var advice = await app.Get<CarrierAdvisor>().AdviseManyAsync([.. ready.Select(r => r.OrderId)], Ct);
        var carrier = advice.Values.GroupBy(a => a.CarrierCode).OrderByDescending(g => g.Count()).First().Key;
        var expected = ready.Where(r => advice[r.OrderId].CarrierCode == carrier).Select(r => r.OrderId).ToHashSet();

        var wave = await desk.ReleaseByCarrierAsync(warehouseId, carrier, "test", Ct);

        Assert.Equal((WaveRelease.Carrier, carrier), (wave.Release, wave.Criterion));
        Assert.Equal(expected, wave.Orders.Select(o => o.OrderId).ToHashSet());
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => desk.ReleaseByCarrierAsync(warehouseId, "NOPE", "test", Ct));
        Assert.Contains("NOPE", unknown.Message, StringComparison.Ordinal);
    }
}
