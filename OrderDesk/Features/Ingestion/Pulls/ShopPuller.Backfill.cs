using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

// The backfill of one shop lives with its pull: same client, limiter, inbox path and failure handling, but it
// re-reads a fixed span and never touches the watermark.
public sealed partial class ShopPuller
{
    /// <summary>How far back the hourly backfill re-reads.</summary>
    public static readonly TimeSpan BackfillSpan = TimeSpan.FromHours(2);

    /// <summary>
    /// Re-reads [now − 2 h, now − safety lag] in max-window chunks, paged backwards, and stores what the inbox lacks
    /// with source Backfill. An order with no trace at all (no order row, no inbox message of any version) counts as
    /// backfilled; a newer version of a known order is stored but not counted.
    /// </summary>
    public async Task<BackfillSummary> BackfillAsync(Shop shop, CancellationToken ct)
    {
        if (!clients.Has(shop.Platform)) return new BackfillSummary(shop.Id, shop.Code, 0, 0, 0, $"no {shop.Platform} client");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var state = await db.ShopSyncStates.SingleOrDefaultAsync(s => s.ShopId == shop.Id, ct);
        if (state?.IsPaused(clock.GetUtcNow()) == true)
            return new BackfillSummary(shop.Id, shop.Code, 0, 0, 0, $"paused until {state.PausedUntil:u}");

        var found = new HashSet<string>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        var stored = 0;
        try
        {
            await using var target = clients.Open(shop);
            var now = clock.GetUtcNow();
            var span = new PullWindow(now - BackfillSpan, now - target.Policy.SafetyLag);
            foreach (var window in PullWindows.Chunks(span, target.Policy.MaxWindow))
            {
                await store.StoreWindowAsync(target, window, MessageSource.Backfill, async (orders, fresh, token) =>
                {
                    stored += fresh.Count;
                    var ids = orders.Select(o => o.PlatformOrderId).Distinct(StringComparer.Ordinal).ToList();
                    found.UnionWith(ids);
                    var known = await KnownBeforeAsync(shop, ids, fresh, token);
                    var newlyMissing = orders
                        .Where(o => !known.Contains(o.PlatformOrderId) && fresh.Contains(PulledOrderStore.MessageKey(target.Connection, o)))
                        .Select(o => o.PlatformOrderId)
                        .Where(missing.Add)
                        .Count();
                    if (newlyMissing > 0) await stats.RecordAsync(shop.Id, shop.Platform, new PullCounts(Backfilled: newlyMissing), token);
                }, ct);
            }
            return new BackfillSummary(shop.Id, shop.Code, found.Count, missing.Count, stored);
        }
        catch (PlatformException error)
        {
            if (state is null)
            {
                state = new ShopSyncState(shop.Id);
                db.ShopSyncStates.Add(state);
            }
            await RecordFailureAsync(shop, state, error, ct);
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Backfill of {Shop} stopped: {Kind} {Code} {Message}", shop.Code, error.Kind, error.Code, error.Message);
            return new BackfillSummary(shop.Id, shop.Code, found.Count, missing.Count, stored, $"{error.Kind}: {error.Message}");
        }
    }

    /// <summary>
    /// Order ids of this shop OrderDesk already had before this page was stored: as an order, or as an inbox
    /// message other than the ones just added (<paramref name="justStored"/>).
    /// </summary>
    private async Task<HashSet<string>> KnownBeforeAsync(Shop shop, List<string> ids, IReadOnlySet<string> justStored, CancellationToken ct)
    {
        var fresh = justStored.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.Orders
            .Where(o => o.Platform == shop.Platform && o.ShopCode == shop.Code && ids.Contains(o.PlatformOrderId))
            .Select(o => o.PlatformOrderId)
            .ToListAsync(ct);
        known.AddRange(await db.InboxMessages
            .Where(m => m.Platform == shop.Platform && m.ShopCode == shop.Code && ids.Contains(m.PlatformOrderId)
                        && !fresh.Contains(m.MessageKey))
            .Select(m => m.PlatformOrderId)
            .Distinct()
            .ToListAsync(ct));
        return known.ToHashSet(StringComparer.Ordinal);
    }
}
