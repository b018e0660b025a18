using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>
/// One row per shop for the sync state screen: the pull's own state, the last hour's figures from the per-minute
/// statistics (never the orders table), and the shop's backlog and quarantine from the inbox.
/// </summary>
public sealed class SyncBoard(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SyncBoardView> LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hourAgo = ChannelMinuteStat.Truncate(now.AddHours(-1));
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var shops = await (
                from s in db.Shops.AsNoTracking()
                from st in db.ShopSyncStates.Where(st => st.ShopId == s.Id).DefaultIfEmpty()
                orderby s.Platform, s.Name
                select new { s.Id, s.Name, s.Code, s.Platform, s.IsTmall, s.Enabled, State = st })
            .ToListAsync(ct);
        // By shop, so SQLite seeks the primary key (ShopId, Minute) instead of scanning all of it in shop order.
        var shopIds = shops.Select(s => s.Id).ToArray();
        var lastHour = await db.ChannelMinuteStats.AsNoTracking().Where(m => shopIds.Contains(m.ShopId) && m.Minute >= hourAgo)
            .GroupBy(m => m.ShopId)
            .Select(g => new { ShopId = g.Key, Pulls = g.Sum(m => m.Pulls), Received = g.Sum(m => m.Received), PullFailures = g.Sum(m => m.PullFailures) })
            .ToDictionaryAsync(g => g.ShopId, ct);
        var waiting = await db.InboxMessages.AsNoTracking()
            .Where(m => m.State == MessageState.Pending || m.State == MessageState.Quarantined)
            .GroupBy(m => new { m.ShopId, m.State })
            .Select(g => new { g.Key.ShopId, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        int Count(long shopId, MessageState state) => waiting.FirstOrDefault(w => w.ShopId == shopId && w.State == state)?.Count ?? 0;

        var rows = shops.Select(s =>
        {
            var hour = lastHour.GetValueOrDefault(s.Id);
            return new SyncRow(s.Id, s.Name, s.Code, s.Platform, s.IsTmall, s.Enabled,
                s.State?.Watermark, s.State?.LastPullAt, s.State?.LastSuccessAt, s.State?.LastErrorAt, s.State?.LastError ?? "",
                s.State?.PausedUntil, s.State?.ConsecutiveFailures ?? 0,
                hour?.Pulls ?? 0, hour?.Received ?? 0, hour?.PullFailures ?? 0,
                Count(s.Id, MessageState.Pending), Count(s.Id, MessageState.Quarantined));
        }).ToList();
        return new SyncBoardView(rows, now);
    }

    /// <summary>Every shop, for the screens' shop pickers.</summary>
    public async Task<IReadOnlyList<SyncShop>> ShopsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Shops.AsNoTracking().OrderBy(s => s.Platform).ThenBy(s => s.Name)
            .Select(s => new SyncShop(s.Id, s.Name, s.Code, s.Platform, s.IsTmall)).ToListAsync(ct);
    }
}

public sealed record SyncBoardView(IReadOnlyList<SyncRow> Rows, DateTimeOffset At);

public sealed record SyncRow(
    long ShopId, string ShopName, string ShopCode, Platform Platform, bool IsTmall, bool Enabled,
    DateTimeOffset? Watermark, DateTimeOffset? LastPullAt, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastErrorAt, string LastError,
    DateTimeOffset? PausedUntil, int ConsecutiveFailures,
    int PullsLastHour, int ReceivedLastHour, int PullFailuresLastHour, int Backlog, int Quarantined)
{
    public Orders.Storefront Storefront => Orders.Storefronts.Of(Platform, IsTmall);

    /// <summary>The web shop pushes every order by webhook; there is nothing to pull.</summary>
    public bool UsesWebhooks => Platform == Platform.WebShop;

    public bool IsPaused(DateTimeOffset now) => PausedUntil is { } until && until > now;
}

public sealed record SyncShop(long Id, string Name, string Code, Platform Platform, bool IsTmall)
{
    public Orders.Storefront Storefront => Orders.Storefronts.Of(Platform, IsTmall);
}
