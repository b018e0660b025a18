using Hangfire;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// Hourly safety net (A4): re-reads the last two hours of every enabled shop, web shop included, without
/// touching watermarks, and stores what the regular path missed. Safe to run twice: the inbox ignores versions
/// it already holds, and only orders with no trace at all count as backfilled.
/// </summary>
public sealed class BackfillJob(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    IServiceScopeFactory scopes,
    ShopConnections connections,
    WindowReader reader,
    PulledOrderStore store,
    PullStats stats,
    TimeProvider clock,
    ILogger<BackfillJob> logger)
{
    public const string Id = "backfill";
    public static readonly TimeSpan Span = TimeSpan.FromHours(2);

    [DisableConcurrentExecution(timeoutInSeconds: 10)]
    [AutomaticRetry(Attempts = 0)] // the next hour rescans the same two hours
    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var summary in await BackfillAsync(ct))
            logger.LogInformation("Backfill {Shop}: {Found} listed, {Missing} missing, {Stored} stored {Problem}",
                summary.ShopCode, summary.Found, summary.Missing, summary.Stored, summary.Problem);
    }

    public async Task<IReadOnlyList<BackfillSummary>> BackfillAsync(CancellationToken ct)
    {
        List<Shop> shops;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            shops = await db.Shops.AsNoTracking().Where(s => s.Enabled).OrderBy(s => s.Id).ToListAsync(ct);
        var summaries = new List<BackfillSummary>(shops.Count);
        foreach (var shop in shops)
        {
            try
            {
                summaries.Add(await BackfillShopAsync(shop, ct));
            }
            catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One shop's trouble must not cost the other shops their backfill.
                logger.LogError(error, "Backfill of {Shop} failed", shop.Code);
                summaries.Add(new BackfillSummary(shop.Id, shop.Code, 0, 0, 0, $"failed: {error.Message}"));
            }
        }
        return summaries;
    }

    public async Task<BackfillSummary> BackfillShopAsync(Shop shop, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var client = PlatformClients.Find(scope.ServiceProvider, shop.Platform);
        if (client is null) return new BackfillSummary(shop.Id, shop.Code, 0, 0, 0, $"no {shop.Platform} client");
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var state = await db.ShopSyncStates.AsNoTracking().SingleOrDefaultAsync(s => s.ShopId == shop.Id, ct);
            if (state?.IsPaused(clock.GetUtcNow()) == true)
                return new BackfillSummary(shop.Id, shop.Code, 0, 0, 0, $"paused until {state.PausedUntil:u}");
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        var stored = 0;
        ShopConnection? connection = null;
        try
        {
            connection = connections.For(shop);
            var now = clock.GetUtcNow();
            var span = new PullWindow(now - Span, now - client.Policy.SafetyLag);
            foreach (var window in PullWindows.Chunks(span, client.Policy.MaxWindow))
            {
                await reader.ReadAsync(client, connection, window, async (orders, token) =>
                {
                    var ids = orders.Select(o => o.PlatformOrderId).Distinct(StringComparer.Ordinal).ToList();
                    found.UnionWith(ids);
                    var known = await KnownOrderIdsAsync(shop, ids, token);
                    var fresh = await store.StoreAsync(connection, orders, MessageSource.Backfill, token);
                    stored += fresh.Count;
                    var newlyMissing = orders
                        .Where(o => !known.Contains(o.PlatformOrderId) && fresh.Contains(PulledOrderStore.MessageKey(connection, o)))
                        .Select(o => o.PlatformOrderId)
                        .Where(missing.Add)
                        .Count();
                    if (newlyMissing > 0) await stats.RecordAsync(connection, new PullCounts(Backfilled: newlyMissing), token);
                }, ct);
            }
            return new BackfillSummary(shop.Id, shop.Code, found.Count, missing.Count, stored);
        }
        catch (PlatformException error)
        {
            if (connection is not null) await stats.RecordFailureAsync(connection, error, ct);
            if (error.Kind == PlatformErrorKind.RateLimited) await PauseAsync(shop, error, ct);
            logger.LogWarning("Backfill of {Shop} stopped: {Kind} {Code} {Message}", shop.Code, error.Kind, error.Code, error.Message);
            return new BackfillSummary(shop.Id, shop.Code, found.Count, missing.Count, stored, $"{error.Kind}: {error.Message}");
        }
    }

    /// <summary>Order ids of this shop OrderDesk already has in any form: as an order, or as any inbox message.</summary>
    private async Task<HashSet<string>> KnownOrderIdsAsync(Shop shop, List<string> ids, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.Orders
            .Where(o => o.Platform == shop.Platform && o.ShopCode == shop.Code && ids.Contains(o.PlatformOrderId))
            .Select(o => o.PlatformOrderId)
            .ToListAsync(ct);
        known.AddRange(await db.InboxMessages
            .Where(m => m.Platform == shop.Platform && m.ShopCode == shop.Code && ids.Contains(m.PlatformOrderId))
            .Select(m => m.PlatformOrderId)
            .Distinct()
            .ToListAsync(ct));
        return known.ToHashSet(StringComparer.Ordinal);
    }

    private async Task PauseAsync(Shop shop, PlatformException error, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var state = await db.ShopSyncStates.SingleOrDefaultAsync(s => s.ShopId == shop.Id, ct);
        if (state is null)
        {
            state = new ShopSyncState(shop.Id);
            db.ShopSyncStates.Add(state);
        }
        state.PauseUntil(RateLimitPause.Until(clock.GetUtcNow(), error.RetryAfter, Random.Shared));
        await db.SaveChangesAsync(ct);
    }
}
