using System.Net;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Inbox;

/// <summary>The inbox worker on the real app: deliveries through the real endpoint, then one deterministic drain.</summary>
public sealed class InboxProcessorTests(InboxProcessorTests.App app) : IClassFixture<InboxProcessorTests.App>
{
    public sealed class App : OrderDeskApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateTimeOffset Now => app.Clock.GetUtcNow();

    [Fact]
    public async Task Ingest_PaidBeforeCreate_EndsPaidAndTheLateCreateIsIgnored()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var id = WebShopOrderJson.NextId();
        var created = new WebShopOrderJson(id, Now.AddMinutes(-4)) { FinancialStatus = "pending" };
        var paid = created with { UpdatedAt = Now.AddMinutes(-2), FinancialStatus = "paid" };

        await Accepted(sender.PostAsync(paid, "orders/paid"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
        var createKey = await KeyOfAsync(sender.PostAsync(created, "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        var order = await OrderAsync(id);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(paid.UpdatedAt, order.PlatformModifiedAt);
        Assert.Single(order.StatusHistory);
        await using var db = await app.DbAsync();
        var late = await db.InboxMessages.SingleAsync(m => m.MessageKey == createKey, Ct);
        // Processed without changes (the hosted worker may have got there first: state, not the run's counts, is asserted).
        Assert.Equal(MessageState.Processed, late.State);
        Assert.NotEqual(late.Id, order.RawPayloadId);
    }

    [Fact]
    public async Task Ingest_OlderUpdateAfterNewer_Ignored()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var id = WebShopOrderJson.NextId();
        var first = new WebShopOrderJson(id, Now.AddMinutes(-10));
        var newer = first with { UpdatedAt = Now.AddMinutes(-1), FulfillmentStatus = "fulfilled", Note = "newest" };
        var older = first with { UpdatedAt = Now.AddMinutes(-5), Note = "older" };

        await Accepted(sender.PostAsync(first, "orders/create"));
        await Accepted(sender.PostAsync(newer));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
        await Accepted(sender.PostAsync(older));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        var order = await OrderAsync(id);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal("newest", order.BuyerMessage);
        Assert.Equal(newer.UpdatedAt, order.PlatformModifiedAt);
    }

    [Fact]
    public async Task Ingest_SeveralVersionsInOneBatch_AppliedInModificationOrder()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var id = WebShopOrderJson.NextId();
        var pending = new WebShopOrderJson(id, Now.AddMinutes(-9)) { FinancialStatus = "pending" };
        // Delivered newest first: the worker must still go Pending → Paid → Shipped.
        await Accepted(sender.PostAsync(pending with { UpdatedAt = Now.AddMinutes(-3), FinancialStatus = "paid", FulfillmentStatus = "fulfilled" }));
        await Accepted(sender.PostAsync(pending with { UpdatedAt = Now.AddMinutes(-6), FinancialStatus = "paid" }));
        await Accepted(sender.PostAsync(pending, "orders/create"));

        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        var order = await OrderAsync(id);
        Assert.Equal(OrderStatus.Shipped, order.Status);
    }

    [Fact]
    public async Task Ingest_NewOrder_ReservesStockAndCancelReleasesItOnce()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var (sku, warehouseId) = await StockedSkuAsync();
        var before = await ReservedAsync(sku, warehouseId);
        var id = WebShopOrderJson.NextId();
        var order = new WebShopOrderJson(id, Now.AddMinutes(-3)) { Lines = [(sku.Code, 2, "99.00")] };

        await Accepted(sender.PostAsync(order, "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
        Assert.Equal(before + 2, await ReservedAsync(sku, warehouseId));
        Assert.Equal(warehouseId, (await OrderAsync(id)).WarehouseId);

        var cancelled = order with { UpdatedAt = Now.AddMinutes(-2), CancelledAt = Now.AddMinutes(-2) };
        await Accepted(sender.PostAsync(cancelled, "orders/cancelled"));
        await Accepted(sender.PostAsync(cancelled with { UpdatedAt = Now.AddMinutes(-1) }, "orders/updated"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        Assert.Equal(OrderStatus.Cancelled, (await OrderAsync(id)).Status);
        Assert.Equal(before, await ReservedAsync(sku, warehouseId));
    }

    [Fact]
    public async Task Ingest_UnknownSku_OrderCreatedAndFlagged()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var id = WebShopOrderJson.NextId();

        await Accepted(sender.PostAsync(new WebShopOrderJson(id, Now) { Lines = [("NOPE-404", 1, "10.00")] }, "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        var order = await OrderAsync(id);
        Assert.True(order.HasException);
        Assert.Equal("Unknown SKU NOPE-404", order.ExceptionReason);
        await using var db = await app.DbAsync();
        Assert.Contains(id.ToString(), await db.Orders.Where(o => o.ExceptionReason != "").Select(o => o.PlatformOrderId).ToListAsync(Ct));
    }

    [Fact]
    public async Task Ingest_IllegalTransition_QuarantinedAndTheBatchGoesOn()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var shipped = new WebShopOrderJson(WebShopOrderJson.NextId(), Now.AddMinutes(-5)) { FulfillmentStatus = "fulfilled" };
        await Accepted(sender.PostAsync(shipped, "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        // Shipped → Paid is not a legal move; the other order in the same batch must still be created.
        var odd = shipped with { UpdatedAt = Now.AddMinutes(-1), FulfillmentStatus = null };
        var other = new WebShopOrderJson(WebShopOrderJson.NextId(), Now.AddMinutes(-1));
        var oddKey = await KeyOfAsync(sender.PostAsync(odd));
        await Accepted(sender.PostAsync(other, "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        await using var db = await app.DbAsync();
        var message = await db.InboxMessages.SingleAsync(m => m.MessageKey == oddKey, Ct);
        Assert.Equal(MessageState.Quarantined, message.State);
        Assert.Contains("cannot become Paid", message.LastError);
        Assert.Equal(OrderStatus.Shipped, (await OrderAsync(shipped.Id)).Status);
        Assert.Equal(OrderStatus.Paid, (await OrderAsync(other.Id)).Status);
    }

    [Fact]
    public async Task Ingest_Orders_WritesMinuteStatsWithLatency()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var shopId = await ShopIdAsync();
        var minute = ChannelMinuteStat.Truncate(Now);
        var before = await StatAsync(shopId, minute);
        var order = new WebShopOrderJson(WebShopOrderJson.NextId(), Now) { CreatedAt = Now.AddSeconds(-20) };

        await Accepted(sender.PostAsync(order, "orders/create"));
        await Accepted(sender.PostAsync("{\"id\": \"broken\"}", Guid.NewGuid().ToString()));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        var after = await StatAsync(shopId, minute);
        Assert.NotNull(after);
        Assert.Equal((before?.Received ?? 0) + 2, after.Received);
        Assert.Equal((before?.Created ?? 0) + 1, after.Created);
        Assert.Equal((before?.Quarantined ?? 0) + 1, after.Quarantined);
        Assert.Equal((before?.LatencyCount ?? 0) + 1, after.LatencyCount);
        Assert.Equal((before?.Latency60s ?? 0) + 1, after.Latency60s);
        Assert.Equal(Platform.WebShop, after.Platform);
    }

    [Fact]
    public async Task Ingest_SameBuyerTwice_OneCustomerCountingBothOrders()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var buyer = 880_000 + Random.Shared.Next(10_000);
        var first = new WebShopOrderJson(WebShopOrderJson.NextId(), Now) { CustomerId = buyer };
        var second = new WebShopOrderJson(WebShopOrderJson.NextId(), Now) { CustomerId = buyer };

        await Accepted(sender.PostAsync(first, "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
        await Accepted(sender.PostAsync(second, "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        await using var db = await app.DbAsync();
        var customer = await db.Customers.SingleAsync(c => c.Platform == Platform.WebShop && c.BuyerId == buyer.ToString(), Ct);
        Assert.Equal((2, "王芳"), (customer.OrderCount, customer.DisplayName));
        Assert.Equal(customer.Id, (await OrderAsync(first.Id)).CustomerId);
        Assert.Equal(customer.Id, (await OrderAsync(second.Id)).CustomerId);
    }

    [Fact]
    public async Task Ingest_CommittedBatch_PublishesChangedShops()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var shopId = await ShopIdAsync();
        var seen = new List<OrdersChanged>();
        using var subscription = app.Get<IngestionEvents>().Subscribe(change => { lock (seen) seen.Add(change); });

        await Accepted(sender.PostAsync(new WebShopOrderJson(WebShopOrderJson.NextId(), Now), "orders/create"));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        lock (seen) Assert.Contains(seen, c => c.ShopIds.Contains(shopId) && c.Created >= 1);
    }

    private static async Task Accepted(Task<HttpResponseMessage> post) => Assert.Equal(HttpStatusCode.Accepted, (await post).StatusCode);

    private static async Task<string> KeyOfAsync(Task<HttpResponseMessage> post)
    {
        var response = await post;
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("messageKey").GetString()!;
    }

    private async Task<Order> OrderAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Orders.AsNoTracking().Include(o => o.StatusHistory)
            .SingleAsync(o => o.Platform == Platform.WebShop && o.PlatformOrderId == id.ToString(), Ct);
    }

    private async Task<long> ShopIdAsync()
    {
        await using var db = await app.DbAsync();
        return await db.Shops.Where(s => s.Code == WebShopSender.DemoShop).Select(s => s.Id).SingleAsync(Ct);
    }

    private async Task<ChannelMinuteStat?> StatAsync(long shopId, DateTimeOffset minute)
    {
        await using var db = await app.DbAsync();
        return await db.ChannelMinuteStats.AsNoTracking().SingleOrDefaultAsync(s => s.ShopId == shopId && s.Minute == minute, Ct);
    }

    private async Task<(Sku Sku, long WarehouseId)> StockedSkuAsync()
    {
        await using var db = await app.DbAsync();
        var warehouseId = await db.Shops.Where(s => s.Code == WebShopSender.DemoShop).Select(s => s.DefaultWarehouseId).SingleAsync(Ct);
        var stock = await db.SkuStocks.Where(s => s.WarehouseId == warehouseId && s.OnHand - s.Reserved >= 5)
            .OrderBy(s => s.SkuId).FirstAsync(Ct);
        return (await db.Skus.SingleAsync(s => s.Id == stock.SkuId, Ct), warehouseId);
    }

    private async Task<int> ReservedAsync(Sku sku, long warehouseId)
    {
        await using var db = await app.DbAsync();
        return await db.SkuStocks.Where(s => s.SkuId == sku.Id && s.WarehouseId == warehouseId).Select(s => s.Reserved).SingleAsync(Ct);
    }
}
