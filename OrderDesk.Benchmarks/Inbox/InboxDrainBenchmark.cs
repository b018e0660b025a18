using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Benchmarks.Orders;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Ingestion;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>
/// Draining queued web shop orders (2–3 lines each) three ways, each on its own fresh database:
/// (a) naive — one DbContext and one SaveChanges per message, (b) the ceiling — the same rows through prepared
/// Microsoft.Data.Sqlite inserts in transactions of 1,000, with mapping done beforehand and not timed,
/// (c) the real <see cref="InboxProcessor"/>. A plain stopwatch run, not BenchmarkDotNet: one drain of tens of
/// thousands of rows is the measurement.
/// </summary>
public static class InboxDrainBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
        var naiveCount = Math.Min(count, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3_000);
        var defaults = new IngestionOptions();
        var options = new IngestionOptions
        {
            WorkerBatchSize = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : defaults.WorkerBatchSize,
            WorkerTransactionSize = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : defaults.WorkerTransactionSize,
        };
        Console.WriteLine($"// Inbox drain: {count:N0} web shop orders (naive on {naiveCount:N0}), worker batch {options.WorkerBatchSize}, " +
            $"{options.WorkerTransactionSize} per transaction");

        var naive = await MeasureAsync("naive: SaveChanges per order", naiveCount, options, NaiveAsync);
        var ceiling = await MeasureAsync("ceiling: prepared inserts, 1,000 per tx", count, options, CeilingAsync);
        var real = await MeasureAsync("InboxProcessor", count, options, DrainAsync);
        // "gifts" as fifth argument: the worker again with three enabled gift rules (the cost of B6 at ingestion).
        var cases = new List<(string Name, int Orders, double Seconds)> { naive, ceiling, real };
        if (args.Length > 4 && args[4] == "gifts")
            cases.Add(await MeasureAsync("InboxProcessor + 3 gift rules", count, options, DrainAsync, giftRules: true));

        Console.WriteLine();
        Console.WriteLine("| Case | Orders | Time | Orders/s |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, orders, seconds) in cases)
            Console.WriteLine($"| {name} | {orders:N0} | {seconds:N2} s | {orders / seconds:N0} |");
        Console.WriteLine($"InboxProcessor = {real.Orders / real.Seconds / (naive.Orders / naive.Seconds):N1}× naive, " +
            $"{100 * (real.Orders / real.Seconds) / (ceiling.Orders / ceiling.Seconds):N0} % of the ceiling");
        return 0;
    }

    private static async Task<int> DrainAsync(InboxBench bench) =>
        (await bench.Services.GetRequiredService<InboxProcessor>().ProcessDueAsync(CancellationToken.None)).Created;

    private static async Task<(string Name, int Orders, double Seconds)> MeasureAsync(string name, int count, IngestionOptions options,
        Func<InboxBench, Task<int>> drain, bool giftRules = false)
    {
        await using var bench = await InboxBench.CreateAsync(count, options, giftRules);
        var watch = Stopwatch.StartNew();
        var done = await drain(bench);
        watch.Stop();
        var stored = await bench.CountAsync(db => db.Orders.CountAsync());
        if (done != count || stored != count) throw new InvalidOperationException($"{name}: {done} drained, {stored} orders stored, {count} expected.");
        Console.WriteLine($"// {name}: {count:N0} orders in {watch.Elapsed.TotalSeconds:N2} s");
        return (name, count, watch.Elapsed.TotalSeconds);
    }

    /// <summary>What a first version usually looks like: read, check, insert and save, one message at a time.</summary>
    private static async Task<int> NaiveAsync(InboxBench bench)
    {
        var mapper = bench.Services.GetRequiredService<IOrderMapper>();
        var now = WebShopPayloads.Now;
        List<long> ids;
        await using (var db = await bench.Factory.CreateDbContextAsync()) ids = await db.InboxMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        foreach (var id in ids)
        {
            await using var db = await bench.Factory.CreateDbContextAsync();
            db.AuditDisabled = true;
            var message = await db.InboxMessages.SingleAsync(m => m.Id == id);
            if (mapper.Validate(message.Payload).Count > 0) throw new InvalidOperationException("invalid payload");
            var canonical = mapper.Map(message.ShopCode, message.Payload);
            var key = canonical.Key;
            if (!await db.Orders.AnyAsync(o => o.Platform == key.Platform && o.ShopCode == key.ShopCode && o.PlatformOrderId == key.PlatformOrderId))
            {
                var order = Order.Create(key, message.ShopId, canonical.Status, canonical.Receiver,
                    canonical.Lines.Select(l => new OrderLine(l.SkuCode, l.Name, l.VariantText, l.Quantity, l.UnitPrice, l.IsGift)),
                    canonical.Amounts, canonical.CreatedAt, canonical.PaidAt, canonical.ModifiedAt, now, "webhook");
                order.AssignWarehouse(bench.Shop.DefaultWarehouseId);
                order.LinkRawPayload(message.Id);
                db.Orders.Add(order);
            }
            message.MarkProcessed(now);
            await db.SaveChangesAsync();
        }
        return ids.Count;
    }

    /// <summary>The floor of the work: the same order, line, status and inbox rows, no EF, no validation, no stock.</summary>
    private static async Task<int> CeilingAsync(InboxBench bench)
    {
        var mapper = bench.Services.GetRequiredService<IOrderMapper>();
        List<(long Id, CanonicalOrder Order)> mapped;
        await using (var db = await bench.Factory.CreateDbContextAsync())
        {
            mapped = (await db.InboxMessages.OrderBy(m => m.Id).Select(m => new { m.Id, m.ShopCode, m.Payload }).ToListAsync())
                .Select(m => (m.Id, mapper.Map(m.ShopCode, m.Payload))).ToList();
        }
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={bench.DatabasePath}");
        await connection.OpenAsync();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = OrderDesk.Data.SqlitePragmas.Statements;
            await pragmas.ExecuteNonQueryAsync();
        }
        var shop = bench.Shop;
        long orderId = 0;
        foreach (var chunk in mapped.Chunk(1_000))
        {
            using var tx = connection.BeginTransaction(deferred: false);
            using var order = MillionOrders.Prepare(connection, tx, "Orders",
                "Id", "Platform", "ShopCode", "PlatformOrderId", "ShopId", "WarehouseId", "Status", "Hold", "ReceiverName", "ReceiverPhone",
                "ReceiverPhoneLast4", "ReceiverProvince", "ReceiverCity", "ReceiverDistrict", "ReceiverDetail", "ReceiverPostalCode",
                "GoodsAmount", "ShippingFee", "Discount", "PaidAmount", "PlatformCreatedAt", "PaidAt", "PlatformModifiedAt", "IngestedAt",
                "BuyerMessage", "SellerMemo", "ExceptionReason", "RawPayloadId");
            using var line = MillionOrders.Prepare(connection, tx, "OrderLines", "OrderId", "SkuCode", "Name", "VariantText", "Quantity", "UnitPrice", "IsGift");
            using var history = MillionOrders.Prepare(connection, tx, "OrderStatusChanges", "OrderId", "To", "At", "Source");
            using var processed = connection.CreateCommand();
            processed.Transaction = tx;
            processed.CommandText = "UPDATE InboxMessages SET State = 'Processed', Attempts = Attempts + 1, ProcessedAt = $at, NextAttemptAt = NULL WHERE Id = $id";
            var at = processed.Parameters.Add("$at", SqliteType.Integer);
            var messageId = processed.Parameters.Add("$id", SqliteType.Integer);
            processed.Prepare();
            foreach (var (id, o) in chunk)
            {
                orderId++;
                var r = o.Receiver;
                MillionOrders.Run(order, orderId, "WebShop", o.Key.ShopCode, o.Key.PlatformOrderId, shop.Id, shop.DefaultWarehouseId,
                    o.Status.ToString(), "None", r.Name, r.Phone, r.PhoneLastFour, r.Province, r.City, r.District, r.Detail, r.PostalCode,
                    o.Amounts.Goods.Fen, o.Amounts.Shipping.Fen, o.Amounts.Discount.Fen, o.Amounts.Paid.Fen, o.CreatedAt.UtcTicks,
                    (object?)o.PaidAt?.UtcTicks ?? DBNull.Value, o.ModifiedAt.UtcTicks, WebShopPayloads.Now.UtcTicks, o.BuyerMessage, "", "", id);
                foreach (var l in o.Lines) MillionOrders.Run(line, orderId, l.SkuCode, l.Name, l.VariantText, l.Quantity, l.UnitPrice.Fen, l.IsGift ? 1 : 0);
                MillionOrders.Run(history, orderId, o.Status.ToString(), o.CreatedAt.UtcTicks, "webhook");
                at.Value = WebShopPayloads.Now.UtcTicks;
                messageId.Value = id;
                await processed.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
        }
        return mapped.Count;
    }
}
