using System.Net;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;
using OrderDesk.Features.Fulfillment.Gifts;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

/// <summary>Gift rules on the real app: web shop deliveries through the endpoint, one drain, the admin service.</summary>
public sealed class GiftRuleIngestionTests(GiftRuleIngestionTests.App app) : IClassFixture<GiftRuleIngestionTests.App>
{
    public sealed class App : OrderDeskApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateTimeOffset Now => app.Clock.GetUtcNow();
    private GiftRuleService Rules => app.Get<GiftRuleService>();

    [Fact]
    public async Task Ingest_QualifyingWebhookOrder_GetsRuleGiftsThatReserveStock()
    {
        var (sku, gift, warehouseId) = await SkusAsync();
        var rule = await RuleAsync(sku, gift);
        var giftReservedBefore = await ReservedAsync(gift, warehouseId);
        var id = WebShopOrderJson.NextId();

        await Accepted(new WebShopOrderJson(id, Now.AddMinutes(-3)) { Lines = [(sku.Code, 5, "59.00")] }, "orders/create");

        var order = await OrderAsync(id);
        var line = Assert.Single(order.Lines, l => l.AddedByRule == rule);
        Assert.Equal((gift.Code, 2, true, Money.Zero, gift.Name), (line.SkuCode, line.Quantity, line.IsGift, line.UnitPrice, line.Name));
        Assert.Equal(giftReservedBefore + 2, await ReservedAsync(gift, warehouseId));
    }

    [Fact]
    public async Task Ingest_NewerVersionWithFewerUnits_GiftsAndStockFollow()
    {
        var (sku, gift, warehouseId) = await SkusAsync();
        var rule = await RuleAsync(sku, gift);
        var giftReservedBefore = await ReservedAsync(gift, warehouseId);
        var id = WebShopOrderJson.NextId();
        var first = new WebShopOrderJson(id, Now.AddMinutes(-5)) { Lines = [(sku.Code, 4, "59.00")] };

        await Accepted(first, "orders/create");
        Assert.Equal(2, Assert.Single((await OrderAsync(id)).Lines, l => l.AddedByRule == rule).Quantity);

        await Accepted(first with { UpdatedAt = Now.AddMinutes(-2), Lines = [(sku.Code, 3, "59.00"), ("NOT-A-SKU", 1, "69.00")] });

        var order = await OrderAsync(id);
        Assert.Equal(1, Assert.Single(order.Lines, l => l.AddedByRule == rule).Quantity);
        Assert.Equal(3, order.Lines.Single(l => l.SkuCode == sku.Code).Quantity);
        Assert.Equal(giftReservedBefore + 1, await ReservedAsync(gift, warehouseId));

        await Accepted(first with { UpdatedAt = Now.AddMinutes(-1), Lines = [(sku.Code, 1, "59.00")] });
        Assert.DoesNotContain((await OrderAsync(id)).Lines, l => l.AddedByRule == rule);
        Assert.Equal(giftReservedBefore, await ReservedAsync(gift, warehouseId));
    }

    [Fact]
    public async Task Reevaluate_AfterRuleChange_AppliesOnceThenChangesNothing()
    {
        var (sku, gift, warehouseId) = await SkusAsync();
        var rule = await RuleAsync(sku, gift);
        var id = WebShopOrderJson.NextId();
        await Accepted(new WebShopOrderJson(id, Now.AddMinutes(-3)) { Lines = [(sku.Code, 4, "59.00")] }, "orders/create");
        var orderId = (await OrderAsync(id)).Id;
        var reservedBefore = await ReservedAsync(gift, warehouseId);

        var ruleId = (await Rules.ListAsync(Ct)).Single(r => r.Spec.Name == rule).Id;
        var form = (await Rules.EditFormAsync(ruleId, Ct))!;
        form.GiftQuantity = 3;
        Assert.True((await Rules.UpdateAsync(ruleId, form, Ct)).Saved);

        var first = await Rules.ReevaluateAsync(orderId, Ct);
        var linesAfterFirst = (await OrderAsync(id)).Lines.Select(l => (l.Id, l.SkuCode, l.Quantity, l.AddedByRule)).ToList();
        var second = await Rules.ReevaluateAsync(orderId, Ct);

        Assert.Equal(GiftReevaluationOutcome.Changed, first.Outcome);
        Assert.Equal(GiftReevaluationOutcome.Unchanged, second.Outcome);
        Assert.Equal(6, Assert.Single(first.RuleGifts, g => g.RuleName == rule).Quantity);
        Assert.Equal(linesAfterFirst, (await OrderAsync(id)).Lines.Select(l => (l.Id, l.SkuCode, l.Quantity, l.AddedByRule)).ToList());
        Assert.Equal(reservedBefore + 4, await ReservedAsync(gift, warehouseId));
        await using var db = await app.DbAsync();
        var audit = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "Order" && a.EntityId == orderId.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "GiftsReevaluated")
            .ToListAsync(Ct));
        Assert.Contains("\"Quantity\":2", audit.Changes, StringComparison.Ordinal); // before: 1 per 2 units of 4
        Assert.Contains("\"Quantity\":6", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reevaluate_ShippedOrder_RefusedAndUntouched()
    {
        var (sku, gift, _) = await SkusAsync();
        var id = WebShopOrderJson.NextId();
        await Accepted(new WebShopOrderJson(id, Now.AddMinutes(-3)) { Lines = [(sku.Code, 4, "59.00")], FulfillmentStatus = "fulfilled" },
            "orders/create");
        var order = await OrderAsync(id);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        var rule = await RuleAsync(sku, gift);

        var result = await Rules.ReevaluateAsync(order.Id, Ct);

        Assert.Equal(GiftReevaluationOutcome.Refused, result.Outcome);
        Assert.Equal(OrderStatus.Shipped, result.Status);
        Assert.DoesNotContain((await OrderAsync(id)).Lines, l => l.AddedByRule == rule);
    }

    [Fact]
    public async Task Preview_ExplainsEachEnabledRule()
    {
        var (sku, gift, _) = await SkusAsync();
        var rule = await RuleAsync(sku, gift);
        var id = WebShopOrderJson.NextId();
        await Accepted(new WebShopOrderJson(id, Now.AddMinutes(-3)) { Lines = [(sku.Code, 1, "59.00")] }, "orders/create");

        var preview = await Rules.PreviewAsync(id.ToString(), Ct);

        Assert.NotNull(preview);
        var decision = Assert.Single(preview.Decisions, d => d.RuleName == rule);
        Assert.Equal((GiftMiss.TooFewUnits, 1), (decision.Miss, decision.QualifyingUnits));
        Assert.Null(await Rules.PreviewAsync("no-such-order", Ct));
    }

    [Fact]
    public async Task Save_UnknownGiftSkuOrTakenName_RefusedByField()
    {
        var (sku, gift, _) = await SkusAsync();
        var rule = await RuleAsync(sku, gift);

        var unknown = await Rules.CreateAsync(new GiftRuleForm { Name = "Ghost " + Guid.NewGuid(), GiftSkuCode = "NOPE-404" }, Ct);
        var taken = await Rules.CreateAsync(new GiftRuleForm { Name = rule.ToUpperInvariant(), GiftSkuCode = gift.Code }, Ct);
        var reversed = await Rules.CreateAsync(new GiftRuleForm { Name = "R " + Guid.NewGuid(), GiftSkuCode = gift.Code, MinAmount = 100, MaxAmount = 50 }, Ct);

        Assert.Equal(nameof(GiftRuleProblem.GiftSkuUnknown), Assert.Single(unknown.Problems, p => p.Field == nameof(GiftRuleForm.GiftSkuCode)).Code);
        Assert.Equal(nameof(GiftRuleProblem.NameTaken), Assert.Single(taken.Problems, p => p.Field == nameof(GiftRuleForm.Name)).Code);
        Assert.Equal(nameof(GiftRuleProblem.AmountRangeReversed), Assert.Single(reversed.Problems, p => p.Field == nameof(GiftRuleForm.MaxAmount)).Code);
        await using var db = await app.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(GiftRule), Ct));
    }

    /// <summary>A rule only this test's SKU meets: one gift per two units, on the demo web shop.</summary>
    private async Task<string> RuleAsync(Sku sku, Sku gift)
    {
        var name = "IT " + Guid.NewGuid().ToString("N")[..8];
        var result = await Rules.CreateAsync(new GiftRuleForm
        {
            Name = name, Platform = Platform.WebShop, ShopCode = WebShopSender.DemoShop, SkuCode = sku.Code, PerUnits = 2,
            GiftSkuCode = gift.Code, GiftQuantity = 1,
        }, Ct);
        Assert.True(result.Saved, string.Join(", ", result.Problems));
        return name;
    }

    // Each test takes its own SKU, so stock figures of parallel-free tests in this class never mix.
    private static int s_nextSku;

    private async Task<(Sku Sku, Sku Gift, long WarehouseId)> SkusAsync()
    {
        await using var db = await app.DbAsync();
        var warehouseId = await db.Shops.Where(s => s.Code == WebShopSender.DemoShop).Select(s => s.DefaultWarehouseId).SingleAsync(Ct);
        var stocked = await db.SkuStocks.Where(s => s.WarehouseId == warehouseId && s.OnHand - s.Reserved >= 10)
            .Select(s => s.SkuId).ToListAsync(Ct);
        // Apparel: no demo gift rule looks at it, so only this test's rule gives gifts here.
        var skus = await db.Skus.Where(s => stocked.Contains(s.Id) && s.Category == DemoCatalog.Apparel).OrderBy(s => s.Id).Take(20).ToListAsync(Ct);
        var gifts = await db.Skus.Where(s => s.Category == DemoCatalog.Gifts).OrderBy(s => s.Id).ToListAsync(Ct);
        var n = Interlocked.Increment(ref s_nextSku);
        return (skus[n % skus.Count], gifts[n % gifts.Count], warehouseId);
    }

    private async Task Accepted(WebShopOrderJson order, string topic = "orders/updated")
    {
        var sender = await WebShopSender.CreateAsync(app);
        Assert.Equal(HttpStatusCode.Accepted, (await sender.PostAsync(order, topic)).StatusCode);
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);
    }

    private async Task<Order> OrderAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Orders.AsNoTracking().Include(o => o.Lines)
            .SingleAsync(o => o.Platform == Platform.WebShop && o.PlatformOrderId == id.ToString(), Ct);
    }

    private async Task<int> ReservedAsync(Sku sku, long warehouseId)
    {
        await using var db = await app.DbAsync();
        return await db.SkuStocks.Where(s => s.SkuId == sku.Id && s.WarehouseId == warehouseId).Select(s => s.Reserved).SingleOrDefaultAsync(Ct);
    }
}
