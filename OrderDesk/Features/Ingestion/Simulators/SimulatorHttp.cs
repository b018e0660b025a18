using System.Text.Json.Nodes;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>What the simulator endpoints share: reading platform parameters, injected faults, JSON answers.</summary>
internal static class SimulatorHttp
{
    /// <summary>Form fields and query parameters (TOP, JOS and PDD accept both), the form winning.</summary>
    public static async Task<Dictionary<string, string>> ParametersAsync(HttpRequest request, CancellationToken ct)
    {
        var parameters = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (request.HasFormContentType)
            foreach (var (key, value) in await request.ReadFormAsync(ct)) parameters[key] = value.ToString();
        return parameters;
    }

    public static string? Get(this Dictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(WebShopFormat.Json), "application/json; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>
    /// Slow answers wait first; then a server error or a rate limit may replace the answer (null: answer normally).
    /// <paramref name="rateLimited"/> gets the ban's length in seconds.
    /// </summary>
    public static async Task<IResult?> FaultAsync(SimulatorFaults faults, Func<int, IResult> rateLimited, Func<IResult> serverError, CancellationToken ct)
    {
        var rates = faults.Current;
        if (SimulatorFaults.Roll(rates.Slow)) await Task.Delay(rates.SlowMilliseconds, ct);
        if (SimulatorFaults.Roll(rates.ServerError)) return serverError();
        if (SimulatorFaults.Roll(rates.RateLimit)) return rateLimited(Math.Max(1, rates.RateLimitSeconds));
        return null;
    }

    /// <summary>An HTTP 429 with Retry-After (PDD, JD, web shop).</summary>
    public static IResult TooManyRequests(HttpContext http, int seconds, JsonNode body)
    {
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Json(body, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>TOP, PDD and JD leave absent fields out rather than sending null.</summary>
    public static JsonObject WithoutNulls(JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList()) json.Remove(key);
        return json;
    }

    public static bool SignatureMatches(string expected, string? received) =>
        received is not null && string.Equals(expected, received, StringComparison.OrdinalIgnoreCase);

    /// <summary>Newest first, then one page; has_next says whether a further page exists.</summary>
    public static (List<SimOrder> Page, bool HasNext) Slice(List<SimOrder> orders, int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        var slice = orders.Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize).ToList();
        return (slice, skip + pageSize < orders.Count);
    }

    /// <summary>The order's discount spread over its paid lines in proportion, the remainder on the last one: lines add up to the goods paid.</summary>
    public static long[] LinePayments(SimOrder order)
    {
        var payments = new long[order.Lines.Count];
        var goods = order.GoodsFen;
        var left = order.DiscountFen;
        var last = order.Lines.FindLastIndex(l => !l.Gift);
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            if (line.Gift) continue;
            var share = i == last ? left : goods == 0 ? 0 : order.DiscountFen * line.TotalFen / goods;
            left -= share;
            payments[i] = line.TotalFen - share;
        }
        return payments;
    }
}
