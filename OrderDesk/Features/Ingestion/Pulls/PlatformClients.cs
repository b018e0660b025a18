using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>A shop ready to be called: its platform's client and its connection, alive until disposed.</summary>
public sealed class PullTarget(AsyncServiceScope scope, IPlatformClient client, ShopConnection connection) : IAsyncDisposable
{
    public IPlatformClient Client { get; } = client;
    public ShopConnection Connection { get; } = connection;
    public PullPolicy Policy => Client.Policy;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

/// <summary>
/// Finds the registered <see cref="IPlatformClient"/> of a shop's platform, in a scope of its own so clients of any
/// lifetime (typed HTTP clients are transient) work from the singleton pull services.
/// </summary>
public sealed class PlatformClients(IServiceScopeFactory scopes, ShopConnections connections)
{
    public bool Has(Platform platform)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IPlatformClient>().Any(c => c.Platform == platform);
    }

    /// <exception cref="PlatformException">No client for the platform (Permanent), or the shop has no credentials (Auth).</exception>
    public PullTarget Open(Shop shop)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var client = scope.ServiceProvider.GetServices<IPlatformClient>().FirstOrDefault(c => c.Platform == shop.Platform)
                ?? throw new PlatformException(PlatformErrorKind.Permanent, "no-client",
                    $"No {shop.Platform} platform client is registered, so shop {shop.Code} cannot be pulled.");
            return new PullTarget(scope, client, connections.For(shop));
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }
}
