using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Waves;

/// <summary>A paid order waiting for a wave, with the time by which the platform expects it shipped.</summary>
public sealed record ReadyOrder(long OrderId, string OrderNumber, string ShopCode, Platform Platform, DateTimeOffset PaidAt,
    DateTimeOffset ShipBy, int Units, string Province, string City);

/// <summary>A wave and how far its orders got.</summary>
public sealed record WaveSummary(long Id, string Number, WaveRelease Release, string Criterion, DateTimeOffset CreatedAt, string CreatedBy,
    int Orders, int AtPick, int AtCheck, int AtPack, int AtWeigh, int Shipped, int Withdrawn);

public sealed record PickList(string WaveNumber, string WarehouseName, IReadOnlyList<PickStop> Stops);

/// <summary>One stop on a picker's walk: a bin, the SKU on it, and how many units the wave needs from it.</summary>
public sealed record PickStop(string BinLocation, string SkuCode, string ProductName, string VariantText, string ImagePath,
    int Quantity, int GiftQuantity, IReadOnlyList<string> OrderNumbers);

/// <summary>Releases ready orders into waves (by cut-off, carrier or hand-picked) and lists waves and their pick lists.</summary>
public sealed class WaveDesk(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock, FulfillmentOptions options,
    Carriers.CarrierAdvisor carriers)
{
    /// <summary>Paid orders without a hold or exception, nearest ship-by deadline first.</summary>
    public async Task<IReadOnlyList<ReadyOrder>> ReadyAsync(long warehouseId, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Ready(db, warehouseId).OrderBy(o => o.PaidAt).ThenBy(o => o.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(o => new { o.Id, o.PlatformOrderId, o.ShopCode, o.Platform, o.PaidAt, o.ReceiverProvince, o.ReceiverCity,
                Units = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(ct);
        return rows.Select(o => new ReadyOrder(o.Id, o.PlatformOrderId, o.ShopCode, o.Platform, o.PaidAt!.Value,
            ShipBy(o.PaidAt!.Value), o.Units, o.ReceiverProvince, o.ReceiverCity)).ToList();
    }

    public async Task<int> ReadyCountAsync(long warehouseId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Ready(db, warehouseId).CountAsync(ct);
    }

    /// <summary>Every ready order paid at or before <paramref name="cutOff"/> (at most a wave's worth, most urgent first).</summary>
    public Task<Wave> ReleaseByCutOffAsync(long warehouseId, DateTimeOffset cutOff, string by, CancellationToken ct) =>
        ReleaseAsync(warehouseId, WaveRelease.CutOff, cutOff.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC",
            q => q.Where(o => o.PaidAt <= cutOff), by, ct);

    /// <summary>The hand-picked orders; any that stopped being ready since they were listed are refused by name.</summary>
    public Task<Wave> ReleaseManualAsync(long warehouseId, IReadOnlyCollection<long> orderIds, string by, CancellationToken ct)
    {
        if (orderIds.Count == 0) throw new DomainRuleException("Select the orders to release.");
        var ids = orderIds.Distinct().ToList();
        return ReleaseAsync(warehouseId, WaveRelease.Manual, "", q => q.Where(o => ids.Contains(o.Id)), by, ct, ids.Count);
    }

    /// <summary>
    /// The ready orders (most urgent first, at most a wave's worth) that the carrier rules send with
    /// <paramref name="carrierCode"/>: one wave per carrier's pickup.
    /// </summary>
    public async Task<Wave> ReleaseByCarrierAsync(long warehouseId, string carrierCode, string by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(carrierCode)) throw new DomainRuleException("Choose the carrier.");
        var ready = await ReadyAsync(warehouseId, 1000, ct);
        var advice = await carriers.AdviseManyAsync([.. ready.Select(r => r.OrderId)], ct);
        var ids = ready.Where(r => advice.TryGetValue(r.OrderId, out var a) && string.Equals(a.CarrierCode, carrierCode, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.OrderId).Take(Wave.MaxOrders).ToList();
        if (ids.Count == 0) throw new DomainRuleException($"No ready order goes with {carrierCode}.");
        return await ReleaseAsync(warehouseId, WaveRelease.Carrier, carrierCode.ToUpperInvariant(), q => q.Where(o => ids.Contains(o.Id)), by, ct);
    }

    private async Task<Wave> ReleaseAsync(long warehouseId, WaveRelease release, string criterion,
        Func<IQueryable<Order>, IQueryable<Order>> select, string by, CancellationToken ct, int? expected = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId, ct)) throw new DomainRuleException("Unknown warehouse.");
        var now = clock.GetUtcNow();
        // BEGIN IMMEDIATE: two people releasing at once queue here instead of both taking the same orders.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Waves\" SET \"Number\" = \"Number\" WHERE 0", ct);
        var orders = await select(Ready(db, warehouseId)).Include(o => o.Lines)
            .OrderBy(o => o.PaidAt).ThenBy(o => o.Id).Take(Wave.MaxOrders).ToListAsync(ct);
        if (expected is { } count && orders.Count < count)
            throw new DomainRuleException($"{count - orders.Count} of the selected orders are no longer ready to ship (a hold, a cancellation or another wave took them). Refresh and select again.");
        var codes = orders.SelectMany(o => o.Lines).Select(l => l.SkuCode).Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct);
        var skuIds = skus.Values.Select(s => s.Id).ToList();
        var bins = await db.SkuStocks.AsNoTracking().Where(s => s.WarehouseId == warehouseId && skuIds.Contains(s.SkuId))
            .ToDictionaryAsync(s => s.SkuId, s => s.BinLocation, ct);

        var wave = new Wave(warehouseId, await NextNumberAsync(db, now, ct), release, criterion, now, by);
        wave.Add(orders.Select(o => WaveOrder.For(o, skus, id => bins.GetValueOrDefault(id, ""), ShipBy(o.PaidAt!.Value),
            options.PackagingAllowanceGrams, now, by)));
        db.Waves.Add(wave);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return wave;
    }

    public async Task<IReadOnlyList<WaveSummary>> WavesAsync(long warehouseId, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var waves = await db.Waves.AsNoTracking().Where(w => w.WarehouseId == warehouseId)
            .OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return await SummariesAsync(db, waves, ct);
    }

    /// <summary>How far the orders of each of <paramref name="waves"/> got, in the same order: one grouped query for all of them.</summary>
    internal static async Task<IReadOnlyList<WaveSummary>> SummariesAsync(OrderDeskDbContext db, IReadOnlyList<Wave> waves, CancellationToken ct)
    {
        var ids = waves.Select(w => w.Id).ToList();
        var stages = await db.WaveOrders.Where(o => ids.Contains(o.WaveId)).GroupBy(o => new { o.WaveId, o.Stage })
            .Select(g => new { g.Key.WaveId, g.Key.Stage, Count = g.Count() }).ToListAsync(ct);
        int At(long waveId, FulfillmentStage stage) => stages.Where(s => s.WaveId == waveId && s.Stage == stage).Sum(s => s.Count);
        return waves.Select(w => new WaveSummary(w.Id, w.Number, w.Release, w.Criterion, w.CreatedAt, w.CreatedBy,
            stages.Where(s => s.WaveId == w.Id).Sum(s => s.Count), At(w.Id, FulfillmentStage.Pick), At(w.Id, FulfillmentStage.Check),
            At(w.Id, FulfillmentStage.Pack), At(w.Id, FulfillmentStage.Weigh), At(w.Id, FulfillmentStage.Shipped),
            At(w.Id, FulfillmentStage.Withdrawn))).ToList();
    }

    /// <summary>The wave's pick list: what is still to pick, one stop per bin and SKU, in walking order; null for no such wave.</summary>
    public async Task<PickList?> PickListAsync(long waveId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var header = await db.Waves.AsNoTracking().Where(w => w.Id == waveId)
            .Select(w => new { w.Number, Warehouse = db.Warehouses.Where(h => h.Id == w.WarehouseId).Select(h => h.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (header is null) return null;
        var lines = await db.WaveOrderLines.AsNoTracking()
            .Join(db.WaveOrders.Where(o => o.WaveId == waveId && o.Stage == FulfillmentStage.Pick), l => l.WaveOrderId, o => o.Id,
                (l, o) => new { Line = l, o.OrderNumber })
            .ToListAsync(ct);
        return new PickList(header.Number, header.Warehouse, lines.Where(x => x.Line.Quantity > x.Line.Picked)
            .GroupBy(x => (x.Line.BinLocation, x.Line.SkuCode))
            .OrderBy(g => g.Key.BinLocation, StringComparer.Ordinal).ThenBy(g => g.Key.SkuCode, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First().Line;
                return new PickStop(g.Key.BinLocation, g.Key.SkuCode, first.ProductName, first.VariantText, first.ImagePath,
                    g.Sum(x => x.Line.Quantity - x.Line.Picked), g.Where(x => x.Line.IsGift).Sum(x => x.Line.Quantity - x.Line.Picked),
                    g.Select(x => x.OrderNumber).Distinct().ToList());
            }).ToList());
    }

    private DateTimeOffset ShipBy(DateTimeOffset paidAt) => paidAt.AddHours(options.ShipWithinHours);

    private static IQueryable<Order> Ready(OrderDeskDbContext db, long warehouseId) =>
        db.Orders.Where(o => o.WarehouseId == warehouseId && o.Status == OrderStatus.Paid && o.Hold == ShippingHold.None
            && o.ExceptionReason == "" && o.PaidAt != null);

    private static async Task<string> NextNumberAsync(OrderDeskDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var prefix = "W" + now.ToString("yyMMdd", CultureInfo.InvariantCulture) + "-";
        var today = await db.Waves.CountAsync(w => w.Number.StartsWith(prefix), ct);
        return prefix + (today + 1).ToString("D3", CultureInfo.InvariantCulture);
    }
}
