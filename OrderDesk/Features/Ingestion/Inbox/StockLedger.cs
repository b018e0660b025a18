using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// Stock claims of ingested orders, per SKU and the order's warehouse. An order holds stock from its first
/// ingest until it ships, is cancelled or is refunded; a line with an unknown SKU or beyond what is on hand flags the
/// order for a person instead of dropping it.
/// </summary>
internal sealed class StockLedger(Dictionary<string, long> skuIds, Dictionary<(long, long), SkuStock> stocks)
{
    private readonly HashSet<SkuStock> _added = [];
    private readonly HashSet<SkuStock> _changed = [];

    private const string UnknownSku = "Unknown SKU ";
    private const string Oversold = "Oversold: ";

    /// <summary>Stock is claimed until the parcel ships (then it left the shelf) or the order is cancelled or refunded.</summary>
    public static bool Holds(OrderStatus status) => status is OrderStatus.PendingPayment or OrderStatus.Paid or OrderStatus.InFulfillment;

    public static async Task<StockLedger> LoadAsync(OrderDeskDbContext db, List<string> skuCodes, List<long> warehouseIds, CancellationToken ct)
    {
        var skuIds = await db.Skus.Where(s => skuCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, ct);
        var ids = skuIds.Values.ToList();
        // Untracked: the few rows a batch changes are written back by Write, without EF's per-row cost.
        var stocks = await db.SkuStocks.AsNoTracking().Where(s => ids.Contains(s.SkuId) && warehouseIds.Contains(s.WarehouseId))
            .ToDictionaryAsync(s => (s.SkuId, s.WarehouseId), ct);
        return new StockLedger(skuIds, stocks);
    }

    public void Reserve(Order order)
    {
        if (order.WarehouseId is not { } warehouseId) return;
        var problems = new List<string>();
        foreach (var (code, quantity) in Quantities(order.Lines))
        {
            if (!skuIds.TryGetValue(code, out var skuId))
            {
                problems.Add(UnknownSku + code);
                continue;
            }
            var stock = Stock(skuId, warehouseId);
            _changed.Add(stock);
            if (!stock.Reserve(quantity)) problems.Add(Oversold + code);
        }
        if (problems.Count > 0) order.FlagException(string.Join("; ", problems));
        else if (order.ExceptionReason.StartsWith(UnknownSku, StringComparison.Ordinal)
                 || order.ExceptionReason.StartsWith(Oversold, StringComparison.Ordinal)) order.ClearException();
    }

    /// <summary>Gives back what the order's current lines claimed; never more than is reserved (stock counted by hand meanwhile).</summary>
    public void Release(Order order) => Release(order, order.Lines);

    /// <summary>Gives back what <paramref name="lines"/> (the order's lines before a change) claimed.</summary>
    public void Release(Order order, IEnumerable<OrderLine> lines)
    {
        if (order.WarehouseId is not { } warehouseId) return;
        foreach (var (code, quantity) in Quantities(lines))
        {
            if (!skuIds.TryGetValue(code, out var skuId) || !stocks.TryGetValue((skuId, warehouseId), out var stock)) continue;
            var back = Math.Min(quantity, stock.Reserved);
            if (back == 0) continue;
            stock.Release(back);
            _changed.Add(stock);
        }
    }

    private SkuStock Stock(long skuId, long warehouseId)
    {
        if (stocks.TryGetValue((skuId, warehouseId), out var stock)) return stock;
        // A SKU this warehouse never stocked: nothing on hand, so the reservation reports an oversell.
        stock = new SkuStock(skuId, warehouseId, 0);
        _added.Add(stock);
        return stocks[(skuId, warehouseId)] = stock;
    }

    /// <summary>Writes the new and changed stock rows inside the batch's transaction.</summary>
    public void Write(OrderDeskDbContext db)
    {
        if (_added.Count > 0)
        {
            using var insert = new SqliteBulkInsert<SkuStock>(db);
            foreach (var stock in _added) insert.Insert(stock);
        }
        if (_changed.Count == 0) return;
        using var update = new SqliteBulkUpdate<SkuStock>(db, nameof(SkuStock.Reserved));
        foreach (var stock in _changed.Where(s => !_added.Contains(s))) update.Update(stock);
    }

    private static IEnumerable<(string Code, int Quantity)> Quantities(IEnumerable<OrderLine> lines) =>
        lines.GroupBy(l => l.SkuCode, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(l => l.Quantity)));
}
