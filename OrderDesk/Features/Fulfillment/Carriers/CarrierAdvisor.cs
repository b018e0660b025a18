using Microsoft.EntityFrameworkCore;
using OrderDesk.Features.Orders;
using OrderDesk.Data;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Demo;

namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>
/// Recommends a carrier for a stored order with the current rules: what the pack screen shows, and what the rule
/// editor's "test against order" runs. Read-only; recording the packer's choice is the station's business.
/// </summary>
public sealed class CarrierAdvisor(IDbContextFactory<OrderDeskDbContext> dbFactory, FulfillmentOptions options)
{
    /// <exception cref="KeyNotFoundException">No order has this id.</exception>
    /// <exception cref="Domain.Shared.DomainRuleException">No default carrier is set.</exception>
    public async Task<CarrierAdvice> AdviseAsync(long orderId, CancellationToken ct) => (await AdviseWithCarriersAsync(orderId, ct)).Advice;

    /// <summary>
    /// The advice for one order and every carrier (as <see cref="CarriersAsync"/> orders them), from one read of the
    /// carriers: the pack screen shows both.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No order has this id.</exception>
    /// <exception cref="Domain.Shared.DomainRuleException">No default carrier is set.</exception>
    public async Task<(CarrierAdvice Advice, IReadOnlyList<Carrier> Carriers)> AdviseWithCarriersAsync(long orderId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var carriers = await db.Carriers.AsNoTracking().ToListAsync(ct);
        var advice = (await AdviseAsync(db, [orderId], carriers, ct)).TryGetValue(orderId, out var found)
            ? found
            : throw new KeyNotFoundException($"There is no order {orderId}.");
        return (advice, Ordered(carriers));
    }

    /// <summary>Advice for many orders at once (a wave released by carrier), reading the rules and carriers once.</summary>
    /// <exception cref="Domain.Shared.DomainRuleException">No default carrier is set.</exception>
    public async Task<IReadOnlyDictionary<long, CarrierAdvice>> AdviseManyAsync(IReadOnlyCollection<long> orderIds, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await AdviseAsync(db, orderIds, await db.Carriers.AsNoTracking().ToListAsync(ct), ct);
    }

    /// <summary>Every carrier, enabled ones first, the default at the top.</summary>
    public async Task<IReadOnlyList<Carrier>> CarriersAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Ordered(await db.Carriers.AsNoTracking().ToListAsync(ct));
    }

    private async Task<Dictionary<long, CarrierAdvice>> AdviseAsync(OrderDeskDbContext db, IReadOnlyCollection<long> orderIds,
        List<Carrier> carriers, CancellationToken ct)
    {
        var ids = orderIds.Distinct().ToList();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        var codes = orders.SelectMany(o => o.Lines).Select(l => l.SkuCode).Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        var customerIds = orders.Where(o => o.CustomerId is not null).Select(o => o.CustomerId!.Value).Distinct().ToList();
        var tiers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Tier, ct);

        var rules = await db.CarrierRules.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
        var defaultCarrier = carriers.SingleOrDefault(c => c.IsDefault)
            ?? throw new Domain.Shared.DomainRuleException("No default carrier is set.");
        var regions = RegionCatalog.Load();
        return orders.ToDictionary(o => o.Id, order =>
        {
            CustomerTier? tier = order.CustomerId is { } customerId && tiers.TryGetValue(customerId, out var t) ? t : null;
            var facts = CarrierFacts.Measure(order.ReceiverProvince, order.ReceiverCity,
                order.Lines.Select(l => (l.SkuCode, skus.GetValueOrDefault(l.SkuCode), l.Quantity)),
                tier, order.PaidAmount, options.PackagingAllowanceGrams, regions);
            return CarrierRules.Recommend(rules, facts, defaultCarrier, carriers);
        });
    }

    private static List<Carrier> Ordered(List<Carrier> carriers) =>
        [.. carriers.OrderByDescending(c => c.IsDefault).ThenByDescending(c => c.Enabled).ThenBy(c => c.Id)];

    /// <summary>
    /// The order an admin means by <paramref name="reference"/>: a platform order id (the newest if two shops share
    /// it) or, failing that, an internal id. Null when neither exists.
    /// </summary>
    public async Task<OrderReference?> FindOrderAsync(string reference, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking().FindByReferenceAsync(reference, ct) is { } order
            ? new OrderReference(order.Id, order.Platform, order.ShopCode, order.PlatformOrderId)
            : null;
    }
}

public sealed record OrderReference(long Id, Domain.Shared.Platform Platform, string ShopCode, string PlatformOrderId);
