using OrderDesk.Domain.Orders;

namespace OrderDesk.Data;

/// <summary>
/// Writes whole new orders (with their lines and status history) through prepared inserts in the caller's
/// transaction, ids taken after the current maximum: for bulk paths (demo seeding, the inbox worker) where EF's
/// per-row insert would cost most of the time. The orders are not tracked afterwards.
/// </summary>
internal static class OrderRows
{
    /// <returns>The number of rows written.</returns>
    public static int Insert(OrderDeskDbContext db, IEnumerable<Order> orders)
    {
        var orderId = SqliteBulkInsert<Order>.NextId(db);
        var lineId = SqliteBulkInsert<OrderLine>.NextId(db);
        var changeId = SqliteBulkInsert<OrderStatusChange>.NextId(db);
        using var orderRows = new SqliteBulkInsert<Order>(db, nameof(Order.Id));
        using var lineRows = new SqliteBulkInsert<OrderLine>(db, nameof(OrderLine.Id), nameof(OrderLine.OrderId));
        using var changeRows = new SqliteBulkInsert<OrderStatusChange>(db, nameof(OrderStatusChange.Id), nameof(OrderStatusChange.OrderId));
        var rows = 0;
        foreach (var order in orders)
        {
            orderRows.Insert(order, orderId);
            foreach (var line in order.Lines) lineRows.Insert(line, lineId++, orderId);
            foreach (var change in order.StatusHistory) changeRows.Insert(change, changeId++, orderId);
            rows += 1 + order.Lines.Count + order.StatusHistory.Count;
            orderId++;
        }
        return rows;
    }
}
