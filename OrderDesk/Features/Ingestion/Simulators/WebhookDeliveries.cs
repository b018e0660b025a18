using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// The web shop's webhook sender (Shopify-style): every create/change is queued in the simulator database and
/// POSTed, signed, to <c>{app}/api/webhooks/webshop/{shopCode}</c>; non-2xx answers are retried with doubling
/// delays. Faults (duplicates, paid-before-create, malformed bodies) are decided when the delivery is queued, from
/// the order's random stream, so they replay the same way.
/// </summary>
public sealed class WebhookDeliveries(
    SimulatorStore store, SimulatorCatalog catalog, SimulatorFaults faults, SimulatorOptions options,
    ShopConnections connections, IHttpClientFactory httpFactory, TimeProvider clock, ILogger<WebhookDeliveries> logger)
{
    public const string HttpClientName = "simulator-webhooks";
    private const int BatchSize = 50;
    private readonly SemaphoreSlim _sending = new(1, 1);

    internal async Task EnqueueAsync(SimDb db, SimOrder order, SimChange? change, DateTimeOffset at, Random random, CancellationToken ct)
    {
        var rates = faults.Current;
        var body = WebShopFormat.Order(order).ToJsonString(WebShopFormat.Json);
        if (SimRandom.Chance(random, rates.Malformed)) body = Malform(body, random);
        var outOfOrder = SimRandom.Chance(random, rates.OutOfOrder);
        var topic = SimLifecycle.Topic(change, order);
        var sends = new List<(string Topic, DateTimeOffset Due)>();
        if (change is null && order.EverPaid)
        {
            // Paid at checkout: Shopify announces both; out of order, orders/paid overtakes orders/create.
            sends.Add((topic, outOfOrder ? at.AddSeconds(3) : at));
            sends.Add(("orders/paid", at));
        }
        else sends.Add((topic, outOfOrder ? at + SimRandom.Between(random, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)) : at));

        foreach (var (sendTopic, due) in sends)
        {
            var webhookId = WebhookId(random);
            await InsertAsync(db, webhookId, order.ShopCode, sendTopic, body, at, due, ct);
            if (SimRandom.Chance(random, rates.Duplicate))
                await InsertAsync(db, webhookId, order.ShopCode, sendTopic, body, at, random.Next(2) == 0 ? due : due.AddSeconds(random.Next(1, 4)), ct);
        }
    }

    /// <summary>Sends every delivery that is due; returns how many were sent (whatever the answer). Quietly does nothing while this app has no address to call.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var target = Target();
        if (target is null) return 0;
        await _sending.WaitAsync(ct);
        try
        {
            var sent = 0;
            while (true)
            {
                var now = clock.GetUtcNow();
                var due = await DueAsync(now, ct);
                if (due.Count == 0) return sent;
                var results = await Task.WhenAll(due.Select(d => SendAsync(target, d, ct)));
                await RecordAsync(due.Zip(results), clock.GetUtcNow(), ct);
                sent += due.Count;
                if (due.Count < BatchSize) return sent;
            }
        }
        finally { _sending.Release(); }
    }

    /// <summary>Deliveries still waiting (pending or retrying), for tests and diagnostics.</summary>
    public async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var db = await store.OpenAsync(write: false, ct);
        await using var command = db.Command("SELECT COUNT(*) FROM deliveries WHERE state = 0");
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private sealed record Delivery(long Id, string WebhookId, string ShopCode, string Topic, string Body, DateTimeOffset TriggeredAt, int Attempts);

    private Uri? Target()
    {
        if (options.Push.TargetBaseUrl.Length > 0) return new Uri(options.Push.TargetBaseUrl.TrimEnd('/') + "/");
        try { return connections.SelfAddress(); }
        catch (PlatformException) { return null; } // in-memory test server: nowhere to send yet
    }

    private async Task<(bool Delivered, string Result)> SendAsync(Uri target, Delivery delivery, CancellationToken ct)
    {
        var shop = await catalog.ShopAsync(delivery.ShopCode, ct);
        if (shop is null) return (false, "shop no longer simulated");
        var bytes = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, "api/webhooks/webshop/" + Uri.EscapeDataString(shop.Code)));
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-Shopify-Topic", delivery.Topic);
        request.Headers.Add("X-Shopify-Hmac-SHA256", Signing.ShopifyHmac(bytes, shop.Secret.AppSecret));
        request.Headers.Add("X-Shopify-Shop-Domain", shop.Code.ToLowerInvariant() + ".webshop.sim");
        request.Headers.Add("X-Shopify-Webhook-Id", delivery.WebhookId);
        request.Headers.Add("X-Shopify-Triggered-At", delivery.TriggeredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        request.Headers.Add("X-Shopify-API-Version", "2024-10");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Push.TimeoutSeconds));
        try
        {
            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return (response.IsSuccessStatusCode, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return (false, e is OperationCanceledException ? "timeout" : e.Message);
        }
    }

    private async Task<List<Delivery>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await store.OpenAsync(write: false, ct);
        await using var command = db.Command(
            "SELECT id, webhook_id, shop_code, topic, body, triggered_at, attempts FROM deliveries WHERE state = 0 AND due_at <= $now ORDER BY due_at, id LIMIT $n",
            ("$now", now.ToUnixTimeMilliseconds()), ("$n", BatchSize));
        var due = new List<Delivery>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            due.Add(new Delivery(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), reader.GetInt32(6)));
        return due;
    }

    private async Task RecordAsync(IEnumerable<(Delivery Delivery, (bool Delivered, string Result) Outcome)> outcomes, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await store.OpenAsync(write: true, ct);
        foreach (var (delivery, (delivered, result)) in outcomes)
        {
            var attempts = delivery.Attempts + 1;
            // 0 pending, 1 delivered, 2 given up.
            var state = delivered ? 1 : attempts >= options.Push.MaxAttempts ? 2 : 0;
            var retryAt = now.AddSeconds(options.Push.FirstRetrySeconds * Math.Pow(2, attempts - 1));
            if (state == 2) logger.LogWarning("Webhook {WebhookId} ({Topic}) given up after {Attempts} tries: {Result}", delivery.WebhookId, delivery.Topic, attempts, result);
            await using var command = db.Command("UPDATE deliveries SET attempts = $a, state = $s, due_at = $d, last_result = $r WHERE id = $id",
                ("$a", attempts), ("$s", state), ("$d", retryAt.ToUnixTimeMilliseconds()), ("$r", result), ("$id", delivery.Id));
            await command.ExecuteNonQueryAsync(ct);
        }
        // Finished deliveries are only history; a day of it is plenty for looking into a demo.
        await using (var prune = db.Command("DELETE FROM deliveries WHERE state <> 0 AND triggered_at < $old",
                         ("$old", now.AddDays(-1).ToUnixTimeMilliseconds())))
            await prune.ExecuteNonQueryAsync(ct);
        await db.CommitAsync(ct);
    }

    private static async Task InsertAsync(SimDb db, string webhookId, string shopCode, string topic, string body,
        DateTimeOffset triggeredAt, DateTimeOffset due, CancellationToken ct)
    {
        await using var command = db.Command(
            "INSERT INTO deliveries (webhook_id, shop_code, topic, body, triggered_at, due_at) VALUES ($w, $s, $t, $b, $at, $d)",
            ("$w", webhookId), ("$s", shopCode), ("$t", topic), ("$b", body), ("$at", triggeredAt.ToUnixTimeMilliseconds()),
            ("$d", due.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string WebhookId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    /// <summary>A cut-off body (not JSON), or valid JSON that breaks the schema: no id, or a quantity sent as a string.</summary>
    private static string Malform(string body, Random random)
    {
        var kind = random.Next(3);
        if (kind == 0) return body[..(body.Length / 2)];
        var json = JsonNode.Parse(body)!.AsObject();
        if (kind == 1) json.Remove("id");
        else
        {
            var line = json["line_items"]!.AsArray()[0]!.AsObject();
            line["quantity"] = line["quantity"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
        }
        return json.ToJsonString(WebShopFormat.Json);
    }
}
