using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>Everything needed to call one shop's platform API: where, and with which credentials.</summary>
public sealed record ShopConnection(long ShopId, Platform Platform, string ShopCode, bool IsTmall, Uri BaseUrl, ShopSecret Secret);

/// <summary>A span of platform modification time, start inclusive, end exclusive.</summary>
public sealed record PullWindow(DateTimeOffset From, DateTimeOffset To);

/// <summary>One order as the platform returned it: its id, its modification time and its raw JSON.</summary>
public sealed record PulledOrder(string PlatformOrderId, DateTimeOffset ModifiedAt, string Payload);

public sealed record PullPage(IReadOnlyList<PulledOrder> Orders, bool HasNext, int? TotalCount);

public enum PlatformErrorKind
{
    /// <summary>Wait the time the platform states (plus jitter) before calling again.</summary>
    RateLimited,
    /// <summary>Credentials or session rejected: retrying will not help until someone re-authorises.</summary>
    Auth,
    /// <summary>Timeouts, 5xx, connection trouble: retry later.</summary>
    Transient,
    /// <summary>The request itself is wrong (bad parameter, unknown API): retrying will not help.</summary>
    Permanent,
}

public sealed class PlatformException(PlatformErrorKind kind, string code, string message, TimeSpan? retryAfter = null)
    : Exception(message)
{
    public PlatformErrorKind Kind { get; } = kind;
    public string Code { get; } = code;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>A platform's incremental pull rules (PLATFORMS.md), per shop.</summary>
public sealed record PullPolicy(TimeSpan MaxWindow, TimeSpan Overlap, TimeSpan SafetyLag, int PageSize, double RequestsPerSecond);

/// <summary>Calls one platform's order API: signs the request, pages, classifies errors into <see cref="PlatformException"/>.</summary>
public interface IPlatformClient
{
    Platform Platform { get; }
    PullPolicy Policy { get; }

    /// <summary>
    /// One page (from 1) of orders modified in <paramref name="window"/>, newest first as the platform sorts them.
    /// With <paramref name="includeTotal"/> the platform is asked for the total count, so the caller can start
    /// from the last page and page backwards as the platforms require.
    /// </summary>
    Task<PullPage> PullPageAsync(ShopConnection shop, PullWindow window, int page, bool includeTotal, CancellationToken ct);
}

public sealed record CanonicalLine(string SkuCode, string Name, string VariantText, int Quantity, Money UnitPrice, bool IsGift);

/// <summary>An order in OrderDesk's terms, whatever platform it came from; what the worker upserts.</summary>
public sealed record CanonicalOrder(
    OrderKey Key,
    OrderStatus Status,
    ShippingHold Hold,
    Receiver Receiver,
    IReadOnlyList<CanonicalLine> Lines,
    OrderAmounts Amounts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset ModifiedAt,
    string BuyerId,
    string BuyerName,
    string BuyerMessage,
    string SellerMemo);

/// <summary>Where in a payload something is wrong (a JSON pointer such as <c>/orders/order/0/num</c>) and what.</summary>
public sealed record PayloadError(string Path, string Message);

/// <summary>A payload that passed the schema but still cannot be an order (an unknown status word…): quarantined.</summary>
public sealed class MappingException(string message) : Exception(message);

/// <summary>Validates one platform's order payload against its JSON Schema and maps it to a <see cref="CanonicalOrder"/>.</summary>
public interface IOrderMapper
{
    Platform Platform { get; }

    /// <summary>Schema errors, empty when the payload is valid.</summary>
    IReadOnlyList<PayloadError> Validate(string payload);

    /// <summary>Maps a valid payload; throws <see cref="MappingException"/> when it cannot.</summary>
    CanonicalOrder Map(string shopCode, string payload);

    /// <summary>The order id if it can be read at all, for storing alongside the raw payload on arrival.</summary>
    string? TryReadOrderId(string payload);
}
