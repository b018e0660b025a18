using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// The client and mapper for a platform, as registered; the web shop has a client here but its mapper lives in Inbox.
/// A worker takes a stored payload through MapperFor(platform): Validate first (errors → quarantine with their
/// paths), then Map (MappingException → quarantine with its message); TryReadOrderId is for the moment of arrival.
/// </summary>
public sealed class PlatformRegistry(IEnumerable<IPlatformClient> clients, IEnumerable<IOrderMapper> mappers)
{
    private readonly Dictionary<Platform, IPlatformClient> _clients = clients.ToDictionary(c => c.Platform);
    private readonly Dictionary<Platform, IOrderMapper> _mappers = mappers.ToDictionary(m => m.Platform);

    public IPlatformClient ClientFor(Platform platform) =>
        _clients.TryGetValue(platform, out var client) ? client
            : throw new InvalidOperationException($"No platform client is registered for {platform}.");

    public IOrderMapper MapperFor(Platform platform) =>
        _mappers.TryGetValue(platform, out var mapper) ? mapper
            : throw new InvalidOperationException($"No order mapper is registered for {platform}.");

    public bool TryGetMapper(Platform platform, out IOrderMapper mapper) => _mappers.TryGetValue(platform, out mapper!);
}
