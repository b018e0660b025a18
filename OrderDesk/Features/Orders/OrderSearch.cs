using System.Globalization;
using Microsoft.Extensions.Primitives;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Orders;

/// <summary>
/// Everything the orders screen asks for, in one record: the grid's paging and sorting, the filter bar,
/// and the URL all convert to and from this, so a shared link shows exactly what its sender saw.
/// </summary>
public sealed record OrderSearch
{
    public const int DefaultPageSize = 25;
    public const int MinPageSize = 5;
    public const int MaxPageSize = 100;
    /// <summary>
    /// How far the list pages and counts. Counting a million rows costs more than the page itself, and
    /// nobody reads order 10,001 by paging: past this the screen says "10,000+" and asks for a filter.
    /// </summary>
    public const int Horizon = 10_000;
    public const int MaxTextLength = 64;

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
    public OrderSort Sort { get; init; } = OrderSort.CreatedDesc;
    public Storefront? Storefront { get; init; }
    public long? ShopId { get; init; }
    public IReadOnlyList<OrderStatus> Statuses { get; init; } = [];
    public long? WarehouseId { get; init; }
    /// <summary>First day (in the business time zone) of the created-at range, inclusive.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day (in the business time zone) of the created-at range, inclusive.</summary>
    public DateOnly? To { get; init; }
    public string Text { get; init; } = "";
    /// <summary>What <see cref="FromQuery"/> could not use as given, so the screen can say what it did instead.</summary>
    public IReadOnlyList<SearchProblem> Problems { get; init; } = [];

    public int LastReachablePage => Math.Max(1, (Horizon + PageSize - 1) / PageSize);

    public bool HasFilters => Storefront is not null || ShopId is not null || Statuses.Count > 0 || WarehouseId is not null
        || From is not null || To is not null || Text.Length > 0;

    public OrderSearch ClearFilters() => new() { PageSize = PageSize, Sort = Sort };

    public static OrderSearch FromQuery(IReadOnlyDictionary<string, StringValues> query)
    {
        var problems = new List<SearchProblem>();
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query)
        {
            var parts = value.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            values[key] = [.. (values.TryGetValue(key, out var earlier) ? earlier : []), .. parts];
        }
        string[] All(string key) => values.TryGetValue(key, out var v) ? v : [];
        string? First(string key) => All(key).FirstOrDefault();

        var statuses = new List<OrderStatus>();
        foreach (var given in All(QueryKeys.Status))
        {
            if (TryParseName<OrderStatus>(given, out var status)) statuses.Add(status);
            else problems.Add(new(QueryKeys.Status, given, SearchProblemKind.UnknownValue));
        }

        Storefront? storefront = null;
        if (First(QueryKeys.Platform) is { } platformText)
        {
            if (TryParseName<Storefront>(platformText, out var parsed)) storefront = parsed;
            else problems.Add(new(QueryKeys.Platform, platformText, SearchProblemKind.UnknownValue));
        }

        var shopId = ParseId(First(QueryKeys.Shop), QueryKeys.Shop, problems);
        var warehouseId = ParseId(First(QueryKeys.Warehouse), QueryKeys.Warehouse, problems);
        var from = ParseDay(First(QueryKeys.From), QueryKeys.From, problems);
        var to = ParseDay(First(QueryKeys.To), QueryKeys.To, problems);
        if (from is { } f && to is { } t && f > t)
        {
            (from, to) = (t, f);
            problems.Add(new(QueryKeys.From, Day(f), SearchProblemKind.DatesSwapped, $"{Day(t)} – {Day(f)}"));
        }

        var sort = OrderSort.CreatedDesc;
        if (First(QueryKeys.Sort) is { } sortText)
        {
            if (OrderSorts.TryParse(sortText, out var parsed)) sort = parsed;
            else problems.Add(new(QueryKeys.Sort, sortText, SearchProblemKind.UnknownValue));
        }

        var size = ParseNumber(First(QueryKeys.Size), QueryKeys.Size, DefaultPageSize, MinPageSize, MaxPageSize, problems);
        var search = new OrderSearch
        {
            PageSize = size,
            Sort = sort,
            Storefront = storefront,
            ShopId = shopId,
            Statuses = [.. statuses.Distinct().Order()],
            WarehouseId = warehouseId,
            From = from,
            To = to,
            Text = NormalizeText(string.Join(' ', All(QueryKeys.Text))),
        };
        var page = ParseNumber(First(QueryKeys.Page), QueryKeys.Page, 1, 1, search.LastReachablePage, problems);
        return search with { Page = page, Problems = problems };
    }

    /// <summary>Only what differs from the defaults, so links stay short; <see cref="FromQuery"/> reads it back unchanged.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> ToQuery()
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) => query.Add(new(key, value));
        if (Storefront is { } storefront) Add(QueryKeys.Platform, storefront.ToString());
        if (ShopId is { } shop) Add(QueryKeys.Shop, shop.ToString(CultureInfo.InvariantCulture));
        if (Statuses.Count > 0) Add(QueryKeys.Status, string.Join(',', Statuses));
        if (WarehouseId is { } warehouse) Add(QueryKeys.Warehouse, warehouse.ToString(CultureInfo.InvariantCulture));
        if (From is { } from) Add(QueryKeys.From, Day(from));
        if (To is { } to) Add(QueryKeys.To, Day(to));
        if (Text.Length > 0) Add(QueryKeys.Text, Text);
        if (Page != 1) Add(QueryKeys.Page, Page.ToString(CultureInfo.InvariantCulture));
        if (PageSize != DefaultPageSize) Add(QueryKeys.Size, PageSize.ToString(CultureInfo.InvariantCulture));
        if (Sort != OrderSort.CreatedDesc) Add(QueryKeys.Sort, OrderSorts.Name(Sort));
        return query;
    }

    public string ToQueryString() => Microsoft.AspNetCore.Http.QueryString.Create(ToQuery()).ToString();

    public static string NormalizeText(string? text)
    {
        var collapsed = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxTextLength ? collapsed : collapsed[..MaxTextLength];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Enum.TryParse alone also accepts "3" or "Paid, Shipped"; only a defined name is a valid value in a URL.
    private static bool TryParseName<TEnum>(string text, out TEnum value) where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && text.All(char.IsLetter) && Enum.IsDefined(value);

    private static long? ParseId(string? text, string key, List<SearchProblem> problems)
    {
        if (text is null) return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
        problems.Add(new(key, text, SearchProblemKind.UnknownValue));
        return null;
    }

    private static DateOnly? ParseDay(string? text, string key, List<SearchProblem> problems)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        problems.Add(new(key, text, SearchProblemKind.UnknownValue));
        return null;
    }

    private static int ParseNumber(string? text, string key, int fallback, int min, int max, List<SearchProblem> problems)
    {
        if (text is null) return fallback;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            problems.Add(new(key, text, SearchProblemKind.UnknownValue));
            return fallback;
        }
        var clamped = (int)Math.Clamp(number, min, max);
        if (clamped != number) problems.Add(new(key, text, SearchProblemKind.Clamped, clamped.ToString(CultureInfo.InvariantCulture)));
        return clamped;
    }
}

/// <summary>The URL parameter names: part of every shared link, so never rename one.</summary>
public static class QueryKeys
{
    public const string Status = "status";
    public const string Platform = "platform";
    public const string Shop = "shop";
    public const string Warehouse = "warehouse";
    public const string From = "from";
    public const string To = "to";
    public const string Text = "q";
    public const string Page = "page";
    public const string Size = "size";
    public const string Sort = "sort";
}

public enum SearchProblemKind
{
    /// <summary>Not a value the parameter can take; the parameter was ignored.</summary>
    UnknownValue,
    /// <summary>Out of range; <see cref="SearchProblem.Used"/> is the value used instead.</summary>
    Clamped,
    /// <summary>From was after To; the two were swapped.</summary>
    DatesSwapped,
}

public sealed record SearchProblem(string Parameter, string Given, SearchProblemKind Kind, string? Used = null);
