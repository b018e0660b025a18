using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment;
using OrderDesk.Features.Fulfillment.Gifts;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// One worker batch: validates and maps each message (before the write lock), then, inside one write
/// transaction, upserts the orders by key — several versions of one order in modification order, a version not newer than the stored one left
/// alone — reserves or releases stock, withdraws the wave orders of orders that a hold, cancellation or line change
/// took out of fulfilment, counts per shop and minute, and marks each message. Everything it
/// reads it loads up front in a few set queries, so the cost is per batch, not per message. Messages and stock
/// rows are read untracked and written back with prepared statements, new orders are inserted the same way;
/// EF tracks only what changes rarely (existing orders, the minute stats).
/// </summary>
internal sealed class InboxBatch(OrderDeskDbContext db, IReadOnlyDictionary<Platform, IOrderMapper> mappers,
    IngestionOptions options, DateTimeOffset now) : IAsyncDisposable
{
    private readonly Dictionary<OrderKey, Order> _orders = [];
    private readonly List<Order> _created = [];
    private readonly HashSet<Order> _leftFulfilment = [];
    private readonly Dictionary<long, ChannelMinuteStat> _stats = [];
    private CustomerLedger? _customers;
    private Dictionary<long, long> _warehouseOfShop = [];
    private StockLedger? _stock;
    private GiftBook? _gifts;

    public InboxRunResult Result { get; } = new();

    /// <summary>The batch's own context (it owns and disposes it).</summary>
    public OrderDeskDbContext Db => db;

    /// <summary>Every message given to <see cref="Map(IReadOnlyList{InboxMessage})"/>, mapped or rejected.</summary>
    public List<long> MessageIds { get; } = [];

    public ValueTask DisposeAsync() => db.DisposeAsync();

    private readonly List<(InboxMessage Message, CanonicalOrder Order)> _mapped = [];
    private readonly List<(InboxMessage Message, string Reason, bool Transient)> _rejected = [];
    private List<InboxMessage> _messages = [];

    /// <summary>
    /// Validates and maps: CPU work that needs no database, so the processor does it before taking the write
    /// lock, which webhook deliveries wait for.
    /// </summary>
    public void Map(IReadOnlyList<InboxMessage> messages)
    {
        foreach (var message in messages)
        {
            MessageIds.Add(message.Id);
            if (Map(message) is { } order) _mapped.Add((message, order));
        }
    }

    /// <summary>Applies the mapped messages that are still pending, inside the write transaction.</summary>
    public async Task ApplyAsync(IReadOnlySet<long> stillPending, CancellationToken ct)
    {
        _mapped.RemoveAll(m => !stillPending.Contains(m.Message.Id));
        _rejected.RemoveAll(r => !stillPending.Contains(r.Message.Id));
        _messages = [.. _mapped.Select(m => m.Message).Concat(_rejected.Select(r => r.Message))];
        await LoadStatsAsync(_messages, ct);
        foreach (var (message, reason, transient) in _rejected)
        {
            if (transient) Fail(message, reason);
            else Quarantine(message, reason);
        }
        await LoadAsync(_messages, _mapped.ConvertAll(m => m.Order), ct);
        foreach (var group in _mapped.GroupBy(m => m.Order.Key))
        {
            foreach (var (message, order) in group.OrderBy(m => m.Order.ModifiedAt).ThenBy(m => m.Message.Id))
                Apply(message, order);
        }
        await WaveWithdrawals.WithdrawAsync(db, _leftFulfilment, now, ct);
    }

    /// <summary>
    /// Saves the tracked changes (updated orders, stats), then writes stock, customers, message states and the new orders
    /// through prepared inserts: EF's per-row insert cost was most of a batch's time, and a new order is
    /// written once, whole (later versions of it in this batch were applied in memory).
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        _stock?.Write(db);
        _customers?.Write(db);
        using (var states = new SqliteBulkUpdate<InboxMessage>(db, nameof(InboxMessage.State), nameof(InboxMessage.Attempts),
                   nameof(InboxMessage.NextAttemptAt), nameof(InboxMessage.LastError), nameof(InboxMessage.ProcessedAt)))
        {
            foreach (var message in _messages) states.Update(message);
        }
        if (_created.Count > 0) OrderRows.Insert(db, _created);
    }

    private CanonicalOrder? Map(InboxMessage message)
    {
        if (!mappers.TryGetValue(message.Platform, out var mapper))
        {
            _rejected.Add((message, $"no mapper for platform {message.Platform}", true));
            return null;
        }
        try
        {
            var errors = mapper.Validate(message.Payload);
            if (errors.Count > 0)
            {
                _rejected.Add((message, "Schema: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")), false));
                return null;
            }
            return mapper.Map(message.ShopCode, message.Payload);
        }
        catch (Exception e) when (e is MappingException or DomainRuleException)
        {
            _rejected.Add((message, e.Message, false));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A mapper bug or a resource hiccup: worth another try, and quarantined if it keeps happening.
            _rejected.Add((message, $"{e.GetType().Name}: {e.Message}", true));
            return null;
        }
    }

    private async Task LoadStatsAsync(IReadOnlyList<InboxMessage> messages, CancellationToken ct)
    {
        var minute = ChannelMinuteStat.Truncate(now);
        var shopIds = messages.Select(m => m.ShopId).Distinct().ToList();
        foreach (var stat in await db.ChannelMinuteStats.Where(s => s.Minute == minute && shopIds.Contains(s.ShopId)).ToListAsync(ct))
            _stats[stat.ShopId] = stat;
    }

    private async Task LoadAsync(IReadOnlyList<InboxMessage> messages, List<CanonicalOrder> orders, CancellationToken ct)
    {
        var shopIds = messages.Select(m => m.ShopId).Distinct().ToList();
        _warehouseOfShop = await db.Shops.Where(s => shopIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DefaultWarehouseId, ct);
        if (orders.Count == 0) return;

        var orderIds = orders.Select(o => o.Key.PlatformOrderId).Distinct().ToList();
        var keys = orders.Select(o => o.Key).ToHashSet();
        foreach (var order in await db.Orders.Include(o => o.Lines).Where(o => orderIds.Contains(o.PlatformOrderId)).ToListAsync(ct))
        {
            if (keys.Contains(order.Key)) _orders[order.Key] = order;
        }

        _customers = await CustomerLedger.LoadAsync(db, orders, ct);

        var lineSkuCodes = orders.SelectMany(o => o.Lines).Select(l => l.SkuCode)
            .Concat(_orders.Values.SelectMany(o => o.Lines).Select(l => l.SkuCode)).Distinct().ToList();
        _gifts = await GiftBook.LoadAsync(db, lineSkuCodes, ct);
        var skuCodes = lineSkuCodes.Concat(_gifts.GiftSkuCodes).Distinct().ToList();
        _stock = await StockLedger.LoadAsync(db, skuCodes, _warehouseOfShop.Values.Concat(_orders.Values
            .Where(o => o.WarehouseId is not null).Select(o => o.WarehouseId!.Value)).Distinct().ToList(), ct);
    }

    private void Apply(InboxMessage message, CanonicalOrder canonical)
    {
        var source = message.Source.ToString().ToLowerInvariant();
        try
        {
            if (!_orders.TryGetValue(canonical.Key, out var order)) Create(message, canonical, source);
            else if (!order.IsOlderThan(canonical.ModifiedAt))
            {
                message.MarkProcessed(now);
                Result.Stale++;
            }
            else Update(order, message, canonical, source);
        }
        catch (DomainRuleException e)
        {
            // An illegal transition or an impossible order: a person must look, the rest of the batch goes on.
            // Create and Update check everything that can throw before they change anything.
            Quarantine(message, e.Message);
        }
    }

    private void Create(InboxMessage message, CanonicalOrder canonical, string source)
    {
        var order = Order.Create(canonical.Key, message.ShopId, canonical.Status, canonical.Receiver, Lines(canonical),
            canonical.Amounts, canonical.CreatedAt, canonical.PaidAt, canonical.ModifiedAt, now, source);
        order.AddNotes(canonical.BuyerMessage, canonical.SellerMemo);
        order.PlaceHold(canonical.Hold);
        order.LinkRawPayload(message.Id);
        if (_warehouseOfShop.TryGetValue(message.ShopId, out var warehouseId)) order.AssignWarehouse(warehouseId);
        if (_gifts!.HasRules && order.AcceptsGifts) order.ApplyGifts(_gifts.GiftsFor(order));
        if (_customers!.Find(canonical.Key.Platform, canonical.BuyerId) is { } customer)
        {
            order.AssignTo(customer);
            customer.CountOrder();
            if (canonical.Status == OrderStatus.Refunded) customer.CountRefund();
            _customers.Counted(customer);
        }
        if (StockLedger.Holds(order.Status)) _stock!.Reserve(order);
        _created.Add(order);
        _orders[canonical.Key] = order;
        message.MarkProcessed(now);
        Result.Created++;
        Result.ChangedShopIds.Add(message.ShopId);
        var stat = Stat(message);
        stat.Created++;
        stat.AddLatency(now - canonical.CreatedAt);
    }

    private void Update(Order order, InboxMessage message, CanonicalOrder canonical, string source)
    {
        var lines = Lines(canonical);
        CheckAmounts(order.Key, canonical.Amounts);
        var held = StockLedger.Holds(order.Status);
        var claimed = held ? order.Lines.ToList() : [];
        var inFulfilment = order.Status == OrderStatus.InFulfillment;
        order.FollowPlatform(canonical.Status, canonical.ModifiedAt, source);
        var linesChanged = !SameLines([.. order.PlatformLines], lines);
        if (linesChanged) order.ReplaceLines(lines);

        order.SetReceiver(canonical.Receiver);
        order.SetAmounts(canonical.Amounts);
        order.PlaceHold(canonical.Hold);
        // The stations see the lines as they were released; a hold or new lines take the order out of its wave.
        if (order.Status == OrderStatus.InFulfillment && (order.IsOnHold || linesChanged))
            order.MoveTo(OrderStatus.Paid, canonical.ModifiedAt, order.IsOnHold ? $"hold: {order.Hold}" : "lines changed");
        // Its wave order is withdrawn in this transaction (ApplyAsync), not when a station next looks.
        if (inFulfilment && order.Status != OrderStatus.InFulfillment) _leftFulfilment.Add(order);
        order.AddNotes(canonical.BuyerMessage, canonical.SellerMemo.Length > 0 ? canonical.SellerMemo : order.SellerMemo);
        // Gifts follow the newest lines, amounts and memo; once picking started the rule gifts stay as they are.
        if (_gifts!.HasRules && order.AcceptsGifts && order.ApplyGifts(_gifts.GiftsFor(order))) linesChanged = true;

        // Cancelled and Refunded are terminal, so an order leaves the holding states once: released once.
        if (held && (!StockLedger.Holds(order.Status) || linesChanged)) _stock!.Release(order, claimed);
        if (held && StockLedger.Holds(order.Status) && linesChanged) _stock!.Reserve(order);
        if (held && order.Status == OrderStatus.Refunded && order.CustomerId is { } customerId
            && _customers!.Find(customerId) is { } customer)
        {
            customer.CountRefund();
            _customers.Counted(customer);
        }

        order.Touch(canonical.ModifiedAt);
        order.LinkRawPayload(message.Id);
        message.MarkProcessed(now);
        Result.Updated++;
        Result.ChangedShopIds.Add(message.ShopId);
        Stat(message).Updated++;
    }

    // SetAmounts would throw too, but only after MoveTo changed the order: check first, change after.
    private static void CheckAmounts(OrderKey key, OrderAmounts amounts)
    {
        if (amounts.Goods.Fen < 0 || amounts.Shipping.Fen < 0 || amounts.Discount.Fen < 0 || amounts.Paid.Fen < 0)
            throw new DomainRuleException($"Order {key} has a negative amount.");
    }

    private static List<OrderLine> Lines(CanonicalOrder canonical) =>
        canonical.Lines.Select(l => new OrderLine(l.SkuCode, l.Name, l.VariantText, l.Quantity, l.UnitPrice, l.IsGift)).ToList();

    private static bool SameLines(IReadOnlyList<OrderLine> current, List<OrderLine> next) =>
        current.Count == next.Count && current.Zip(next).All(p => p.First.SkuCode == p.Second.SkuCode
            && p.First.Quantity == p.Second.Quantity && p.First.UnitPrice == p.Second.UnitPrice
            && p.First.IsGift == p.Second.IsGift && p.First.Name == p.Second.Name && p.First.VariantText == p.Second.VariantText);

    private void Quarantine(InboxMessage message, string reason)
    {
        message.Quarantine(reason, now);
        Result.Quarantined++;
        Stat(message).Quarantined++;
    }

    private void Fail(InboxMessage message, string error)
    {
        InboxRetry.Fail(message, error, now, options);
        var stat = Stat(message);
        stat.Failures++;
        if (message.State == MessageState.Quarantined)
        {
            stat.Quarantined++;
            Result.Quarantined++;
        }
        else Result.Retrying++;
    }

    private ChannelMinuteStat Stat(InboxMessage message)
    {
        if (_stats.TryGetValue(message.ShopId, out var stat)) return stat;
        stat = new ChannelMinuteStat(message.ShopId, message.Platform, now);
        db.ChannelMinuteStats.Add(stat);
        return _stats[message.ShopId] = stat;
    }
}
