using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Waves;

public sealed record WarehouseOption(long Id, string Code, string Name);

/// <summary>The waves screen's headline figures for one warehouse.</summary>
public sealed record WaveKpis(int Ready, int AtPick, int AtCheck, int AtPack, int AtWeigh, int ShippedToday);

/// <summary>One order of a wave as the wave detail lists it.</summary>
public sealed record WaveOrderRow(long WaveOrderId, long OrderId, string OrderNumber, int Sequence, FulfillmentStage Stage,
    string HeldByName, string HeldByStation, DateTimeOffset ShipBy, int Units, int GiftUnits, string WithdrawnReason,
    string? WithdrawnDetail);

public sealed record WaveDetail(WaveSummary Summary, long WarehouseId, string WarehouseName, IReadOnlyList<WaveOrderRow> Orders);

/// <summary>What the waves screens read besides <see cref="WaveDesk"/>: warehouses, headline figures, one wave's orders.</summary>
public sealed class WaveBoard(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock, TimeDisplay time, WaveDesk desk)
{
    public async Task<IReadOnlyList<WarehouseOption>> WarehousesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Warehouses.AsNoTracking().OrderBy(w => w.Code).Select(w => new WarehouseOption(w.Id, w.Code, w.Name)).ToListAsync(ct);
    }

    public async Task<WaveKpis> KpisAsync(long warehouseId, CancellationToken ct)
    {
        var ready = await desk.ReadyCountAsync(warehouseId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Stages are stored as strings: list them rather than compare.
        var open = FulfillmentStages.Signed.ToList();
        var stages = await db.WaveOrders.Where(o => o.WarehouseId == warehouseId && open.Contains(o.Stage))
            .GroupBy(o => o.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var startOfDay = time.StartOfDay(time.Today(clock));
        var shipped = await db.Shipments.Where(s => s.ShippedAt >= startOfDay)
            .Join(db.WaveOrders.Where(o => o.WarehouseId == warehouseId), s => s.WaveOrderId, o => o.Id, (s, o) => s.Id).CountAsync(ct);
        int At(FulfillmentStage stage) => stages.GetValueOrDefault(stage);
        return new WaveKpis(ready, At(FulfillmentStage.Pick), At(FulfillmentStage.Check), At(FulfillmentStage.Pack),
            At(FulfillmentStage.Weigh), shipped);
    }

    public async Task<WaveDetail?> WaveAsync(long waveId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var wave = await db.Waves.AsNoTracking().Where(w => w.Id == waveId)
            .Select(w => new { Wave = w, Warehouse = db.Warehouses.Where(h => h.Id == w.WarehouseId).Select(h => h.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (wave is null) return null;
        var summary = (await WaveDesk.SummariesAsync(db, [wave.Wave], ct))[0];
        var orders = await db.WaveOrders.AsNoTracking().Where(o => o.WaveId == waveId).OrderBy(o => o.Sequence)
            .Select(o => new WaveOrderRow(o.Id, o.OrderId, o.OrderNumber, o.Sequence, o.Stage, o.HeldByName, o.HeldByStation, o.ShipBy,
                o.Lines.Sum(l => l.Quantity), o.Lines.Where(l => l.IsGift).Sum(l => l.Quantity), o.WithdrawnReason, o.WithdrawnDetail))
            .ToListAsync(ct);
        return new WaveDetail(summary, wave.Wave.WarehouseId, wave.Warehouse, orders);
    }
}
