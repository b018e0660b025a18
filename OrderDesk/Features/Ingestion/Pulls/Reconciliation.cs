using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>For one shop and window: what the platform holds that OrderDesk lacks, and any key stored twice.</summary>
public sealed record ReconciliationResult(
    long ShopId,
    string ShopCode,
    DateTimeOffset From,
    DateTimeOffset To,
    int PlatformCount,
    int StoredCount,
    IReadOnlyList<string> MissingOrderIds,
    IReadOnlyList<string> DuplicatedOrderIds)
{
    /// <summary>Missing orders whose payload did arrive but sits in quarantine: fixing and replaying it closes the gap.</summary>
    public IReadOnlyList<string> QuarantinedOrderIds { get; init; } = [];
}

/// <summary>
/// Compares a shop's orders on the platform with the Orders table. The platform's truth is "orders modified in
/// the window", the only listing every platform offers (the same API the pulls use); an order modified again
/// after the window has left it on the platform's side too. StoredCount counts those platform orders that
/// have an order row, so PlatformCount = StoredCount + missing.
/// </summary>
public sealed class Reconciliation(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    PlatformClients clients,
    WindowReader reader)
{
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(7);

    /// <exception cref="PlatformException">The platform refused or failed; nothing is concluded.</exception>
    public async Task<ReconciliationResult> RunAsync(long shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (to <= from) throw new ArgumentException("The window must end after it starts.", nameof(to));
        if (to - from > MaxSpan) throw new ArgumentException($"The window may span at most {MaxSpan.TotalDays} days.", nameof(to));
        Shop shop;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == shopId, ct);

        var onPlatform = await PlatformOrderIdsAsync(shop, new PullWindow(from, to), ct);
        var ids = onPlatform.ToList();
        await using var dbAfter = await dbFactory.CreateDbContextAsync(ct);
        var shopOrders = dbAfter.Orders.AsNoTracking().Where(o => o.Platform == shop.Platform && o.ShopCode == shop.Code);
        var stored = await shopOrders.Where(o => ids.Contains(o.PlatformOrderId)).Select(o => o.PlatformOrderId)
            .Distinct().ToListAsync(ct);
        // Always empty thanks to the unique index on the key, but computed for real: the index is what we check.
        var duplicated = await shopOrders
            .Where(o => ids.Contains(o.PlatformOrderId) || (o.PlatformModifiedAt >= from && o.PlatformModifiedAt < to))
            .GroupBy(o => o.PlatformOrderId)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToListAsync(ct);
        var missing = onPlatform.Except(stored, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var quarantined = await dbAfter.InboxMessages.AsNoTracking()
            .Where(m => m.ShopId == shop.Id && m.State == MessageState.Quarantined && missing.Contains(m.PlatformOrderId))
            .Select(m => m.PlatformOrderId).Distinct().ToListAsync(ct);
        return new ReconciliationResult(shop.Id, shop.Code, from, to, onPlatform.Count, stored.Count, missing,
            duplicated.Order(StringComparer.Ordinal).ToList())
        {
            QuarantinedOrderIds = quarantined.Order(StringComparer.Ordinal).ToList(),
        };
    }

    private async Task<HashSet<string>> PlatformOrderIdsAsync(Shop shop, PullWindow span, CancellationToken ct)
    {
        await using var target = clients.Open(shop);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var window in PullWindows.Chunks(span, target.Policy.MaxWindow))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await reader.ReadAsync(target, window, (orders, _) =>
                    {
                        ids.UnionWith(orders.Select(o => o.PlatformOrderId));
                        return Task.CompletedTask;
                    }, ct);
                    break;
                }
                // Someone is waiting at the screen: a short ban or a blip is waited out, a long one is reported.
                catch (PlatformException e) when (attempt < 3 && ShortWait(e) is { } wait)
                {
                    await Task.Delay(wait, ct);
                }
            }
        }
        return ids;
    }

    private static TimeSpan? ShortWait(PlatformException e) => e.Kind switch
    {
        PlatformErrorKind.RateLimited when (e.RetryAfter ?? TimeSpan.FromSeconds(1)) <= TimeSpan.FromSeconds(10) =>
            e.RetryAfter ?? TimeSpan.FromSeconds(1),
        PlatformErrorKind.Transient => TimeSpan.FromSeconds(1),
        _ => null,
    };
}
