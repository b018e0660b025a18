using System.Text.Json;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// What the three marketplace mappers share: schema validation, parsing, the cheap id read and turning any
/// surprise while mapping into a <see cref="MappingException"/> (so the worker quarantines instead of crashing).
/// </summary>
public abstract class JsonOrderMapper(Platform platform, string schemaResource) : IOrderMapper
{
    private readonly PayloadSchema _schema = new(schemaResource);

    public Platform Platform => platform;

    public IReadOnlyList<PayloadError> Validate(string payload) => _schema.Validate(payload);

    public CanonicalOrder Map(string shopCode, string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            return Map(shopCode, json.RootElement);
        }
        catch (MappingException)
        {
            throw;
        }
        catch (Exception ex) when (ex is JsonException or DomainRuleException or FormatException or InvalidOperationException
                                       or KeyNotFoundException or OverflowException)
        {
            throw new MappingException($"{Platform} order could not be mapped: {ex.Message}");
        }
    }

    public string? TryReadOrderId(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            var id = OrderIdOf(json.RootElement);
            return id.Length > 0 ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    protected abstract string OrderIdOf(JsonElement order);

    protected abstract CanonicalOrder Map(string shopCode, JsonElement order);

    /// <summary>
    /// Platforms report paid, postage and goods; the discount is what makes them add up. A payment above
    /// goods + postage (platform-funded extras) is not a negative discount: it counts as none.
    /// </summary>
    protected static Domain.Orders.OrderAmounts AmountsOf(Money goods, Money shipping, Money paid)
    {
        var discount = goods + shipping - paid;
        return new Domain.Orders.OrderAmounts(goods, shipping, discount.Fen > 0 ? discount : Money.Zero, paid);
    }
}
