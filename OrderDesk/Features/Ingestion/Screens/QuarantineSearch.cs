using System.Globalization;
using Microsoft.Extensions.Primitives;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>
/// The quarantine screen's filters and paging, round-tripped through the URL (as the orders screen does), so a
/// link to "JD shop 3, reason contains 'schema'" shows exactly that. Values that make no sense are dropped.
/// </summary>
public sealed record QuarantineSearch
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 64;

    public long? ShopId { get; init; }
    public Platform? Platform { get; init; }
    /// <summary>Part of the quarantine reason (the message's last error), any case.</summary>
    public string Reason { get; init; } = "";
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasFilters => ShopId is not null || Platform is not null || Reason.Length > 0;

    public QuarantineSearch ClearFilters() => new() { PageSize = PageSize };

    public static QuarantineSearch FromQuery(IReadOnlyDictionary<string, StringValues> query)
    {
        string? First(string key) => query.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase))
            .Value.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        static int? Number(string? text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

        var platformText = First(Keys.Platform);
        return new QuarantineSearch
        {
            ShopId = long.TryParse(First(Keys.Shop), NumberStyles.None, CultureInfo.InvariantCulture, out var shop) && shop > 0 ? shop : null,
            Platform = platformText is not null && platformText.All(char.IsLetter)
                && Enum.TryParse<Platform>(platformText, ignoreCase: true, out var platform) ? platform : null,
            Reason = NormalizeText(First(Keys.Reason)),
            Page = Number(First(Keys.Page)) ?? 1,
            PageSize = Math.Min(Number(First(Keys.Size)) ?? DefaultPageSize, MaxPageSize),
        };
    }

    /// <summary>Only what differs from the defaults, so links stay short.</summary>
    public string ToQueryString()
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (ShopId is { } shop) query.Add(new(Keys.Shop, shop.ToString(CultureInfo.InvariantCulture)));
        if (Platform is { } platform) query.Add(new(Keys.Platform, platform.ToString()));
        if (Reason.Length > 0) query.Add(new(Keys.Reason, Reason));
        if (Page != 1) query.Add(new(Keys.Page, Page.ToString(CultureInfo.InvariantCulture)));
        if (PageSize != DefaultPageSize) query.Add(new(Keys.Size, PageSize.ToString(CultureInfo.InvariantCulture)));
        return Microsoft.AspNetCore.Http.QueryString.Create(query).ToString();
    }

    public static string NormalizeText(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= MaxTextLength ? trimmed : trimmed[..MaxTextLength];
    }

    /// <summary>URL parameter names: part of shared links, never rename one.</summary>
    public static class Keys
    {
        public const string Shop = "shop";
        public const string Platform = "platform";
        public const string Reason = "q";
        public const string Page = "page";
        public const string Size = "size";
    }
}
