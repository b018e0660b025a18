using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>A shop that points at a simulator (its API base URL starts with /sim/), with its credentials in clear.</summary>
public sealed record SimShop(string Code, Platform Platform, bool IsTmall, ShopSecret Secret);

public sealed record SimSku(string Code, string Name, string Color, string Size, string Category, long PriceFen);

/// <summary>
/// What the simulators need from OrderDesk's own database: the shops they serve (re-read every few seconds, so
/// credentials edited on the shops page apply) and the SKU catalogue (read once).
/// </summary>
public sealed class SimulatorCatalog(IDbContextFactory<OrderDeskDbContext> dbFactory, ShopCredentials credentials, TimeProvider clock)
{
    private static readonly TimeSpan s_shopsFreshFor = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (IReadOnlyList<SimShop> Shops, long ReadAt)? _shops;
    private IReadOnlyList<SimSku>? _skus;

    public async Task<IReadOnlyList<SimShop>> ShopsAsync(CancellationToken ct)
    {
        var cached = _shops;
        if (cached is { } c && clock.GetElapsedTime(c.ReadAt) < s_shopsFreshFor) return c.Shops;
        await _lock.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var shops = await db.Shops.AsNoTracking().Where(s => s.ApiBaseUrl.StartsWith("/sim/")).OrderBy(s => s.Code).ToListAsync(ct);
            var list = shops.Select(s => credentials.Read(s) is { } secret ? new SimShop(s.Code, s.Platform, s.IsTmall, secret) : null)
                .OfType<SimShop>().ToList();
            _shops = (list, clock.GetTimestamp());
            return list;
        }
        finally { _lock.Release(); }
    }

    public async Task<SimShop?> ShopAsync(string shopCode, CancellationToken ct) =>
        (await ShopsAsync(ct)).FirstOrDefault(s => s.Code == shopCode);

    /// <summary>The shop a platform request names by its app key (Taobao app_key, PDD client_id, JD app_key).</summary>
    public async Task<SimShop?> ByAppKeyAsync(Platform platform, string? appKey, CancellationToken ct) =>
        string.IsNullOrEmpty(appKey) ? null : (await ShopsAsync(ct)).FirstOrDefault(s => s.Platform == platform && s.Secret.AppKey == appKey);

    public async Task<IReadOnlyList<SimSku>> SkusAsync(CancellationToken ct)
    {
        if (_skus is { } skus) return skus;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Skus.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new { s.Code, s.Name, s.Color, s.Size, s.Category, s.Price }).ToListAsync(ct);
        return _skus = rows.Select(s => new SimSku(s.Code, s.Name, s.Color, s.Size, s.Category, s.Price.Fen)).ToList();
    }
}
