using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Features.Admin;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// Turns a shop's settings into a <see cref="ShopConnection"/>. A base URL starting with "/" means this very
/// app (the built-in simulators in demo mode and tests); anything else is the platform's own gateway.
/// </summary>
public sealed class ShopConnections(IDbContextFactory<OrderDeskDbContext> factory, ShopCredentials credentials, IServer server)
{
    public async Task<ShopConnection?> ForAsync(long shopId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var shop = await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopId, ct);
        return shop is null ? null : For(shop);
    }

    public ShopConnection For(Shop shop)
    {
        var secret = credentials.Read(shop)
            ?? throw new PlatformException(PlatformErrorKind.Auth, "no-credentials", $"Shop {shop.Code} has no credentials.");
        return new ShopConnection(shop.Id, shop.Platform, shop.Code, shop.IsTmall, Resolve(shop.ApiBaseUrl), secret);
    }

    public Uri Resolve(string apiBaseUrl)
    {
        if (!apiBaseUrl.StartsWith('/')) return new Uri(apiBaseUrl.TrimEnd('/') + "/");
        return new Uri(SelfAddress(), apiBaseUrl.TrimEnd('/') + "/");
    }

    /// <summary>Where this app listens, as a loopback address it can call itself on.</summary>
    public Uri SelfAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new PlatformException(PlatformErrorKind.Permanent, "no-self-address",
                "A relative API base URL needs the app to listen on a real address.");
        address = address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1")
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").Replace("localhost", "127.0.0.1");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
