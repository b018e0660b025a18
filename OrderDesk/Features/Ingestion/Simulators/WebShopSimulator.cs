using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// <c>GET /sim/webshop/admin/api/2024-10/orders.json</c>: the web shop's reconciliation pull, Shopify-style. The
/// X-Shopify-Access-Token names the shop (its AccessToken, or its AppKey when the shop has no access token, as the
/// demo web shop does). Orders with updated_at in [updated_at_min, updated_at_max], oldest update first; cursor
/// paging through the Link header (rel="next"); page_info may only be combined with limit. Every status is returned
/// (as with status=any).
/// </summary>
internal static class WebShopSimulator
{
    public const string Path = "/sim/webshop/admin/api/2024-10/orders.json";

    public static async Task<IResult> HandleAsync(HttpContext http, SimulatorCatalog catalog, SimulatorStore store,
        SimulatorFaults faults, CancellationToken ct)
    {
        var token = http.Request.Headers["X-Shopify-Access-Token"].ToString();
        var shop = token.Length == 0 ? null : (await catalog.ShopsAsync(ct)).FirstOrDefault(s => s.Platform == Platform.WebShop
            && (s.Secret.AccessToken.Length > 0 ? s.Secret.AccessToken : s.Secret.AppKey) == token);
        if (shop is null)
            return SimulatorHttp.Json(new JsonObject { ["errors"] = "[API] Invalid API key or access token (unrecognized login or wrong password)" },
                StatusCodes.Status401Unauthorized);

        var fault = await SimulatorHttp.FaultAsync(faults,
            seconds => SimulatorHttp.TooManyRequests(http, seconds, new JsonObject { ["errors"] = "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service." }),
            () => SimulatorHttp.Json(new JsonObject { ["errors"] = "Internal Server Error" }, StatusCodes.Status503ServiceUnavailable),
            ct);
        if (fault is not null) return fault;

        var query = http.Request.Query;
        if (!int.TryParse(query["limit"].FirstOrDefault() ?? "50", CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > 250)
            return BadRequest("limit", "must be between 1 and 250");
        DateTimeOffset from, to;
        (long Modified, string OrderId)? after = null;
        if (query["page_info"].FirstOrDefault() is { } pageInfo)
        {
            if (query.Keys.Any(k => k is not ("page_info" or "limit")))
                return BadRequest("page_info", "cannot be combined with other filters");
            if (Cursor.Read(pageInfo) is not { } cursor) return BadRequest("page_info", "is invalid");
            (from, to, after) = (cursor.From, cursor.To, (cursor.Modified, cursor.OrderId));
        }
        else
        {
            if (!TryTime(query["updated_at_min"].FirstOrDefault(), DateTimeOffset.MinValue, out from)) return BadRequest("updated_at_min", "is not an ISO 8601 time");
            if (!TryTime(query["updated_at_max"].FirstOrDefault(), DateTimeOffset.MaxValue, out to)) return BadRequest("updated_at_max", "is not an ISO 8601 time");
        }

        List<SimOrder> orders;
        await using (var db = await store.OpenAsync(write: false, ct))
            orders = await db.AfterAsync(shop.Code, from, to, after, limit + 1, ct);
        if (orders.Count > limit)
        {
            orders.RemoveAt(limit);
            var last = orders[^1];
            var next = new Cursor(from, to, last.Modified.ToUnixTimeMilliseconds(), last.OrderId).Write();
            var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Path}?limit={limit}&page_info={next}";
            http.Response.Headers.Link = $"<{url}>; rel=\"next\"";
        }
        return SimulatorHttp.Json(new JsonObject { ["orders"] = new JsonArray([.. orders.Select(o => (JsonNode)WebShopFormat.Order(o))]) });
    }

    private static bool TryTime(string? text, DateTimeOffset missing, out DateTimeOffset time)
    {
        time = missing;
        return text is null || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    private static IResult BadRequest(string field, string problem) =>
        SimulatorHttp.Json(new JsonObject { ["errors"] = new JsonObject { [field] = problem } }, StatusCodes.Status400BadRequest);

    /// <summary>An opaque cursor: the query's bounds and the last (updated_at, id) served.</summary>
    private sealed record Cursor(DateTimeOffset From, DateTimeOffset To, long Modified, string OrderId)
    {
        public string Write() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|',
            From.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), To.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            Modified.ToString(CultureInfo.InvariantCulture), OrderId)));

        public static Cursor? Read(string text)
        {
            try
            {
                var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
                return parts.Length != 4 ? null : new Cursor(
                    Time(parts[0]), Time(parts[1]), long.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]);
            }
            catch (FormatException) { return null; }
            catch (ArgumentException) { return null; }
        }

        private static DateTimeOffset Time(string unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(unixMs, CultureInfo.InvariantCulture));
    }
}
