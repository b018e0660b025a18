using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>A web shop as its webhook endpoint needs it: enabled or not, and the secret its deliveries are signed with.</summary>
public sealed record WebhookShop(long Id, string Code, bool Enabled, string Secret);

/// <summary>
/// Looks web shops up by code for the webhook endpoint, caching each for a few seconds: a burst of deliveries
/// would otherwise read the shop and decrypt its credentials once per request. Unknown codes are not cached,
/// so a caller cannot grow the cache with made-up codes.
/// </summary>
public sealed class WebhookShops(IDbContextFactory<OrderDeskDbContext> factory, ShopCredentials credentials)
{
    private static readonly long s_ttl = Stopwatch.Frequency * 10;
    private readonly ConcurrentDictionary<string, (WebhookShop Shop, long Until)> _cache = new(StringComparer.Ordinal);

    public async ValueTask<WebhookShop?> FindAsync(string code, CancellationToken ct)
    {
        var now = Stopwatch.GetTimestamp();
        if (_cache.TryGetValue(code, out var hit) && hit.Until > now) return hit.Shop;
        await using var db = await factory.CreateDbContextAsync(ct);
        var shop = await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.Platform == Platform.WebShop && s.Code == code, ct);
        if (shop is null)
        {
            _cache.TryRemove(code, out _);
            return null;
        }
        var found = new WebhookShop(shop.Id, shop.Code, shop.Enabled, credentials.Read(shop)?.AppSecret ?? "");
        _cache[code] = (found, now + s_ttl);
        return found;
    }

    /// <summary>Forgets cached shops, e.g. after an admin changed one.</summary>
    public void Forget() => _cache.Clear();
}
