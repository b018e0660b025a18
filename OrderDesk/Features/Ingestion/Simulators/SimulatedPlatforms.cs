using System.Globalization;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// The simulated platforms' truth: orders arrive per shop along the China-time hour curve and then move (paid,
/// shipped, refunded, closed), each change bumping the modified time. Deterministic given the seed and the
/// clock: every random draw comes from a stream keyed by shop and minute or by order and version, so chopping
/// time into different advance calls gives the same orders. State lives in <see cref="SimulatorStore"/>.
/// </summary>
public sealed class SimulatedPlatforms(
    SimulatorStore store, SimulatorCatalog catalog, SimulatorFaults faults, WebhookDeliveries deliveries,
    SimulatorOptions options, TimeProvider clock)
{
    private const string AdvancedUntilKey = "advanced_until";
    private static readonly TimeSpan s_chunk = TimeSpan.FromHours(1);
    private readonly SemaphoreSlim _write = new(1, 1);

    public SimulatorFaults Faults => faults;

    /// <summary>How far the simulation has run (null before the first advance).</summary>
    public async Task<DateTimeOffset?> AdvancedUntilAsync(CancellationToken ct)
    {
        await using var db = await store.OpenAsync(write: false, ct);
        return ParseTime(await db.MetaAsync(AdvancedUntilKey, ct));
    }

    /// <summary>
    /// Runs the platforms up to <paramref name="until"/>: new orders and due changes. A fresh store starts
    /// <c>WarmUpMinutes</c> before the clock's current time. Returns the orders created.
    /// </summary>
    public async Task<int> AdvanceAsync(DateTimeOffset until, CancellationToken ct)
    {
        until = SimRandom.Seconds(until);
        var shops = await catalog.ShopsAsync(ct);
        var skus = await catalog.SkusAsync(ct);
        var created = 0;
        await _write.WaitAsync(ct);
        try
        {
            while (true)
            {
                await using var db = await store.OpenAsync(write: true, ct);
                var from = ParseTime(await db.MetaAsync(AdvancedUntilKey, ct))
                    ?? SimRandom.Seconds(clock.GetUtcNow().AddMinutes(-options.WarmUpMinutes));
                if (from >= until) return created;
                // After a long stop the platforms do not replay every missed minute at once: a demo restarted
                // the next morning gets the last few hours, not a day of orders in one go.
                var floor = until.AddMinutes(-options.MaxCatchUpMinutes);
                if (from < floor) from = SimRandom.Seconds(floor);
                var to = from + s_chunk < until ? from + s_chunk : until;
                foreach (var (shop, at, random) in Arrivals(shops, from, to).OrderBy(a => a.At).ThenBy(a => a.Shop.Code))
                {
                    await CreateAsync(db, shop, at, random, skus, ct);
                    created++;
                }
                while (await db.NextDueAsync(to, ct) is { } order)
                {
                    var change = order.NextChange!.Value;
                    await ApplyAsync(db, order, change, order.NextChangeAt!.Value, ct);
                }
                await db.SetMetaAsync(AdvancedUntilKey, to.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ct);
                await db.CommitAsync(ct);
            }
        }
        finally { _write.Release(); }
    }

    /// <summary>Places one order now (or at <paramref name="at"/>) in a shop, outside the arrival pattern.</summary>
    public async Task<SimOrder> AddOrderAsync(string shopCode, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var shop = await catalog.ShopAsync(shopCode, ct) ?? throw new ArgumentException($"No simulated shop {shopCode}.", nameof(shopCode));
        var skus = await catalog.SkusAsync(ct);
        await _write.WaitAsync(ct);
        try
        {
            await using var db = await store.OpenAsync(write: true, ct);
            var time = SimRandom.Seconds(at ?? clock.GetUtcNow());
            var order = await CreateAsync(db, shop, time, null, skus, ct);
            await db.CommitAsync(ct);
            return order;
        }
        finally { _write.Release(); }
    }

    /// <summary>Applies a change now (or at <paramref name="at"/>, e.g. backdated); the order's later plan is redrawn.</summary>
    public async Task<SimOrder> ChangeAsync(string shopCode, string orderId, SimChange change, DateTimeOffset? at = null,
        CancellationToken ct = default)
    {
        await _write.WaitAsync(ct);
        try
        {
            await using var db = await store.OpenAsync(write: true, ct);
            var order = await db.FindAsync(shopCode, orderId, ct) ?? throw new ArgumentException($"No order {orderId} in {shopCode}.", nameof(orderId));
            await ApplyAsync(db, order, change, SimRandom.Seconds(at ?? clock.GetUtcNow()), ct, exact: true);
            await db.CommitAsync(ct);
            return order;
        }
        finally { _write.Release(); }
    }

    /// <summary>The platform's truth for reconciliation: ids of the shop's orders whose modified time is in [from, to).</summary>
    public async Task<IReadOnlyList<string>> ListOrderIdsAsync(string shopCode, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var db = await store.OpenAsync(write: false, ct);
        return await db.IdsAsync(shopCode, from, to, ct);
    }

    public async Task<SimOrder?> FindAsync(string shopCode, string orderId, CancellationToken ct = default)
    {
        await using var db = await store.OpenAsync(write: false, ct);
        return await db.FindAsync(shopCode, orderId, ct);
    }

    private IEnumerable<(SimShop Shop, DateTimeOffset At, Random Random)> Arrivals(IReadOnlyList<SimShop> shops, DateTimeOffset from, DateTimeOffset to)
    {
        var firstMinute = from.ToUnixTimeSeconds() / 60;
        var lastMinute = (to.ToUnixTimeSeconds() - 1) / 60;
        foreach (var shop in shops)
        {
            var perMinute = options.ShopArrivalsPerMinute.GetValueOrDefault(shop.Code, options.ArrivalsPerMinute);
            var meanWeight = Enumerable.Range(0, 24).Average(h => DemoTraffic.HourWeight(shop.Platform, h));
            for (var minute = firstMinute; minute <= lastMinute; minute++)
            {
                // The whole minute is drawn every time, then cut to (from, to]: the same draws whatever the chunking.
                var random = SimRandom.For(options.Seed, shop.Code, "arrivals", minute);
                var start = DateTimeOffset.FromUnixTimeSeconds(minute * 60);
                var mean = perMinute * DemoTraffic.HourWeight(shop.Platform, start.ToOffset(SimTime.China).Hour) / meanWeight;
                var count = SimRandom.Poisson(random, mean);
                for (var i = 0; i < count; i++)
                {
                    var at = start.AddSeconds(random.Next(60));
                    if (at > from && at <= to) yield return (shop, at, SimRandom.For(options.Seed, shop.Code, "order", minute, i));
                }
            }
        }
    }

    private async Task<SimOrder> CreateAsync(SimDb db, SimShop shop, DateTimeOffset at, Random? random, IReadOnlyList<SimSku> skus, CancellationToken ct)
    {
        var numberKey = "number:" + shop.Code;
        var number = long.Parse(await db.MetaAsync(numberKey, ct) ?? "0", CultureInfo.InvariantCulture) + 1;
        await db.SetMetaAsync(numberKey, number.ToString(CultureInfo.InvariantCulture), ct);
        random ??= SimRandom.For(options.Seed, shop.Code, "added", number);
        var order = SimOrderFactory.Create(random, shop, number, at, skus, options);
        SimLifecycle.PlanNext(order, null, at, random, options.Changes);
        await db.SaveAsync(order, ct);
        if (shop.Platform == Platform.WebShop) await deliveries.EnqueueAsync(db, order, null, at, random, ct);
        return order;
    }

    private async Task ApplyAsync(SimDb db, SimOrder order, SimChange change, DateTimeOffset at, CancellationToken ct, bool exact = false)
    {
        var random = SimRandom.For(options.Seed, order.ShopCode, order.OrderId, order.Version);
        SimLifecycle.Apply(order, change, at, random);
        var modified = at;
        // A late change: the platform stamps it minutes earlier than it becomes visible, inside a window a pull
        // may already have served. Never before the previous modification, so the order's history stays ordered.
        if (!exact && SimRandom.Chance(random, faults.Current.LateChange))
            modified = at - SimRandom.Between(random, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        order.Modified = modified > order.Modified ? modified : order.Modified.AddSeconds(1);
        SimLifecycle.PlanNext(order, change, at, random, options.Changes);
        await db.SaveAsync(order, ct);
        if (order.Platform == Platform.WebShop) await deliveries.EnqueueAsync(db, order, change, at, random, ct);
    }

    private static DateTimeOffset? ParseTime(string? unixMs) =>
        unixMs is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(unixMs, CultureInfo.InvariantCulture));
}
