using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Demo;

/// <summary>Shelf stock per SKU and warehouse, with exactly the open orders' quantities reserved.</summary>
public static class DemoStock
{
    public static List<SkuStock> Build(Random random, IReadOnlyList<DemoSku> skus, IReadOnlyList<DemoWarehouse> warehouses,
        IEnumerable<DemoOrder> orders)
    {
        var reserved = new Dictionary<(string Sku, long Warehouse), int>();
        foreach (var order in orders.Select(o => o.Order))
        {
            if (order.Status is not (OrderStatus.Paid or OrderStatus.InFulfillment) || order.WarehouseId is not { } warehouse) continue;
            foreach (var line in order.Lines)
                reserved[(line.SkuCode, warehouse)] = reserved.GetValueOrDefault((line.SkuCode, warehouse)) + line.Quantity;
        }

        var stocks = new List<SkuStock>(skus.Count * warehouses.Count);
        foreach (var (sku, skuIndex) in skus.Select((s, i) => (s, i)))
        {
            foreach (var (warehouse, index) in warehouses.Select((w, i) => (w.Warehouse, i)))
            {
                var claimed = reserved.GetValueOrDefault((sku.Sku.Code, warehouse.Id));
                // The first warehouse is the main one; a few variants have sold out in the smaller ones.
                var scale = index == 0 ? 1.0 : index == 1 ? 0.7 : 0.45;
                var shelf = claimed == 0 && index > 0 && random.NextDouble() < 0.05
                    ? 0
                    : (int)(random.Next(15, 120) * (sku.Popularity > 0 ? 0.5 + sku.Popularity : 3) * scale);
                var stock = new SkuStock(sku.Sku.Id, warehouse.Id, Math.Max(shelf, claimed + random.Next(0, 12)));
                if (claimed > 0) stock.Reserve(claimed);
                stock.PutAt(BinLocation(skuIndex, index));
                stocks.Add(stock);
            }
        }
        return stocks;
    }

    /// <summary>Aisle, rack and level; variants of one product sit side by side, and each warehouse shelves from another aisle.</summary>
    public static string BinLocation(int skuIndex, int warehouseIndex)
    {
        var slot = skuIndex + warehouseIndex * 37;
        var aisle = (char)('A' + slot / 60 % 8);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{aisle}-{slot / 5 % 12 + 1:D2}-{slot % 5 + 1}");
    }
}
