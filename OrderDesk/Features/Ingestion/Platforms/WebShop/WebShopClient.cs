using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;

namespace OrderDesk.Features.Ingestion.Platforms.WebShop;

/// <summary>
/// The own web shop's reconciliation pull (Shopify Admin REST): webhooks are the main path, this fills their gaps.
/// Shopify pages by cursor (Link rel="next"), not by number, so page n is reached through the cursors of pages
/// 1..n−1, remembered per shop and window so paging forwards costs one request a page. Page forwards here: going
/// backwards would walk the cursor chain again for every page.
/// </summary>
public sealed partial class WebShopClient(PlatformGateway gateway) : IPlatformClient
{
    public const string ApiVersion = "2024-10";
    private const int MaxRememberedCursors = 1000;

    private readonly ConcurrentDictionary<(long ShopId, PullWindow Window, int Page), Uri> _pageUrls = new();

    public Platform Platform => Platform.WebShop;

    public PullPolicy Policy { get; } = new(
        MaxWindow: TimeSpan.FromHours(1), Overlap: TimeSpan.FromMinutes(2), SafetyLag: TimeSpan.Zero,
        PageSize: 250, RequestsPerSecond: 2);

    public async Task<PullPage> PullPageAsync(ShopConnection shop, PullWindow window, int page, bool includeTotal, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var url = await UrlOfPageAsync(shop, window, page, ct);
        if (url is null) return new PullPage([], false, includeTotal ? await CountAsync(shop, window, ct) : null);

        var (orders, next) = await gateway.GetAsync(url, Headers(shop), reply => ReadOrders(reply, window), ct);
        Remember(shop, window, page + 1, next);
        return new PullPage(orders, next is not null, includeTotal ? await CountAsync(shop, window, ct) : null);
    }

    /// <summary>
    /// Shopify's token header. A custom app's Admin API access token is what Shopify expects; shops set up with only
    /// an app key (the simulators, older private apps) send that instead.
    /// </summary>
    public static string AccessTokenOf(ShopSecret secret) =>
        secret.AccessToken.Length > 0 ? secret.AccessToken : secret.AppKey;

    private static Dictionary<string, string> Headers(ShopConnection shop) =>
        new() { ["X-Shopify-Access-Token"] = AccessTokenOf(shop.Secret), ["Accept"] = "application/json" };

    private async Task<Uri?> UrlOfPageAsync(ShopConnection shop, PullWindow window, int page, CancellationToken ct)
    {
        if (page == 1) return FirstPage(shop, window);
        if (_pageUrls.TryGetValue((shop.ShopId, window, page), out var known)) return known;

        // Not remembered (restart, or a caller jumping ahead): walk the cursor chain from the nearest known page.
        var walk = Enumerable.Range(1, page - 1).Reverse().First(p => p == 1 || _pageUrls.ContainsKey((shop.ShopId, window, p)));
        var url = walk == 1 ? FirstPage(shop, window) : _pageUrls[(shop.ShopId, window, walk)];
        for (; walk < page; walk++)
        {
            var next = await gateway.GetAsync(url, Headers(shop), reply => NextLink(reply.Headers), ct);
            if (next is null) return null;
            Remember(shop, window, walk + 1, next);
            url = next;
        }
        return url;
    }

    private void Remember(ShopConnection shop, PullWindow window, int page, Uri? url)
    {
        if (url is null) return;
        // Cursors of finished windows are never asked for again; a crude cap keeps the cache from growing forever.
        if (_pageUrls.Count >= MaxRememberedCursors) _pageUrls.Clear();
        _pageUrls[(shop.ShopId, window, page)] = url;
    }

    private static Uri FirstPage(ShopConnection shop, PullWindow window) =>
        new(shop.BaseUrl, $"admin/api/{ApiVersion}/orders.json?{WindowQuery(window)}&limit=250&status=any");

    /// <summary>
    /// orders/count.json for the window. A shop that does not serve it (a 4xx: older shop versions, the built-in
    /// simulator) yields no total rather than a failed pull: the caller then pages forwards until has-next is false.
    /// </summary>
    private async Task<int?> CountAsync(ShopConnection shop, PullWindow window, CancellationToken ct)
    {
        try
        {
            return await gateway.GetAsync(
                new Uri(shop.BaseUrl, $"admin/api/{ApiVersion}/orders/count.json?{WindowQuery(window)}&status=any"),
                Headers(shop), reply => (int?)reply.Root.GetProperty("count").GetInt32(), ct);
        }
        catch (PlatformException ex) when (ex.Kind == PlatformErrorKind.Permanent)
        {
            return null;
        }
    }

    private static string WindowQuery(PullWindow window) =>
        $"updated_at_min={Uri.EscapeDataString(Iso(window.From))}&updated_at_max={Uri.EscapeDataString(Iso(window.To))}";

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset? UpdatedAt(JsonElement order) =>
        DateTimeOffset.TryParse(order.Text("updated_at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    private static (IReadOnlyList<PulledOrder> Orders, Uri? Next) ReadOrders(PlatformReply reply, PullWindow window)
    {
        var orders = reply.Root.GetProperty("orders").Items()
            .Select(order => PullPages.Pulled(order, order.Text("id"), UpdatedAt(order), window))
            .ToList();
        return (orders, NextLink(reply.Headers));
    }

    /// <summary>The rel="next" target of a Link header: &lt;https://…page_info=abc&gt;; rel="next".</summary>
    public static Uri? NextLink(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Link", out var values)) return null;
        foreach (var match in values.SelectMany(v => LinkPattern().Matches(v)))
        {
            if (match.Groups["rel"].Value == "next") return new Uri(match.Groups["url"].Value, UriKind.Absolute);
        }
        return null;
    }

    [GeneratedRegex("""<(?<url>[^>]+)>\s*;\s*rel="?(?<rel>[a-z]+)"?""")]
    private static partial Regex LinkPattern();
}
