using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Orders;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>Reads the quarantine for its screen: filtered, newest first, one page at a time, with counts per platform.</summary>
public sealed class QuarantineList(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public async Task<QuarantineResult> SearchAsync(QuarantineSearch search, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var quarantined = db.InboxMessages.AsNoTracking().Where(m => m.State == MessageState.Quarantined);
        var byPlatform = await quarantined.GroupBy(m => m.Platform)
            .Select(g => new { Platform = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Platform, g => g.Count, ct);

        var filtered = Filter(quarantined, search);
        var total = await filtered.CountAsync(ct);
        var lastPage = Math.Max(1, (total + search.PageSize - 1) / search.PageSize);
        var page = Math.Min(search.Page, lastPage);
        var rows = await filtered.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * search.PageSize).Take(search.PageSize)
            .Select(m => new QuarantineRow(m.Id, m.ShopId,
                db.Shops.Where(s => s.Id == m.ShopId).Select(s => s.Name).FirstOrDefault() ?? m.ShopCode,
                m.ShopCode, m.Platform,
                db.Shops.Where(s => s.Id == m.ShopId).Select(s => s.IsTmall).FirstOrDefault(),
                m.Source, m.Topic, m.PlatformOrderId, m.ReceivedAt, m.Attempts, m.LastError))
            .ToListAsync(ct);
        return new QuarantineResult(rows, total, page, byPlatform);
    }

    private static IQueryable<InboxMessage> Filter(IQueryable<InboxMessage> messages, QuarantineSearch search)
    {
        if (search.ShopId is { } shopId) messages = messages.Where(m => m.ShopId == shopId);
        if (search.Platform is { } platform) messages = messages.Where(m => m.Platform == platform);
        if (search.Reason.Length > 0)
        {
            // LIKE ignores ASCII case in SQLite; the user's own % and _ are literal.
            var pattern = "%" + search.Reason.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
            messages = messages.Where(m => EF.Functions.Like(m.LastError, pattern, @"\"));
        }
        return messages;
    }
}

public sealed record QuarantineRow(long Id, long ShopId, string ShopName, string ShopCode, Platform Platform, bool IsTmall,
    MessageSource Source, string Topic, string PlatformOrderId, DateTimeOffset ReceivedAt, int Attempts, string LastError)
{
    public Storefront Storefront => Storefronts.Of(Platform, IsTmall);
}

/// <summary>One page of the quarantine; <see cref="Page"/> is the page actually shown (a stale link past the end shows the last).</summary>
public sealed record QuarantineResult(IReadOnlyList<QuarantineRow> Rows, int Total, int Page, IReadOnlyDictionary<Platform, int> ByPlatform)
{
    public int AllQuarantined => ByPlatform.Values.Sum();
}
