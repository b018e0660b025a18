using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Simulators;
using OrderDesk.Tests.Support;
using static OrderDesk.Tests.Integration.Ingestion.Simulators.SimulatorCalls;

namespace OrderDesk.Tests.Integration.Ingestion.Simulators;

/// <summary>The web shop: its orders.json reconciliation pull and its signed webhooks, delivered to a receiver on a real port.</summary>
public sealed class WebShopSimulatorTests(WebShopSimulatorTests.App app) : IClassFixture<WebShopSimulatorTests.App>
{
    public sealed class App : OrderDeskApp, IAsyncLifetime
    {
        public WebhookReceiver Receiver { get; } = new();

        public new async ValueTask InitializeAsync()
        {
            await Receiver.StartAsync();
            With("OrderDesk:Simulators:Push:TargetBaseUrl", Receiver.Address.ToString());
            await base.InitializeAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Receiver.DisposeAsync();
        }
    }

    private const string Shop = "WEB-YJ01";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private SimulatedPlatforms Platforms => app.Get<SimulatedPlatforms>();
    private WebhookDeliveries Webhooks => app.Get<WebhookDeliveries>();

    [Fact]
    public async Task OrdersJson_FollowsLinkCursorsThroughTheWindow_AndRefusesUnknownTokens()
    {
        var from = app.Clock.GetUtcNow().AddDays(-2);
        var placed = new List<SimOrder>();
        for (var i = 0; i < 5; i++) placed.Add(await Platforms.AddOrderAsync(Shop, from.AddMinutes(1 + i), Ct));
        var token = (await SecretAsync(app, Shop)).AppKey; // the demo web shop has no separate access token

        var seen = new List<long>();
        var next = $"{WebShopSimulator.Path}?updated_at_min={Uri.EscapeDataString(SimTime.Iso(from))}" +
                   $"&updated_at_max={Uri.EscapeDataString(SimTime.Iso(from.AddHours(1)))}&limit=2";
        var pages = 0;
        while (next is not null)
        {
            var answer = await WebShopAsync(app, token, next);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            seen.AddRange(answer.Json!["orders"]!.AsArray().Select(o => (long)o!["id"]!));
            next = answer.Response.Headers.TryGetValues("Link", out var link)
                ? new Uri(link.Single().Split(';')[0].Trim('<', '>')).PathAndQuery : null;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(placed.Select(o => long.Parse(o.OrderId)), seen);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WebShopAsync(app, "shpat_wrong", WebShopSimulator.Path)).Status);
    }

    [Fact]
    public async Task Webhooks_NewOrder_ArrivesSignedAndRetriesKeepTheWebhookId()
    {
        await DrainAsync();
        var secret = await SecretAsync(app, Shop);
        app.Receiver.Answers.Enqueue(500);
        app.Receiver.Answers.Enqueue(500);
        var order = await Platforms.AddOrderAsync(Shop, ct: Ct);

        // Two failures whether the order came paid (create and paid fail once each) or not (create fails twice).
        await Webhooks.DeliverDueAsync(Ct);
        for (var retry = 0; retry < 2; retry++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1)); // past the retry delay
            await Webhooks.DeliverDueAsync(Ct);
        }

        var received = app.Receiver.Requests.ToList();
        Assert.All(received, r => Assert.True(Signing.ShopifyHmacMatches(r.Body, secret.AppSecret, r.Headers["X-Shopify-Hmac-SHA256"])));
        Assert.All(received, r => Assert.Equal($"/api/webhooks/webshop/{Shop}", r.Path));
        var create = received.Where(r => r.Headers["X-Shopify-Topic"] == "orders/create").ToList();
        Assert.True(create.Count >= 2, "the failed delivery is retried");
        Assert.Single(create.Select(r => r.Headers["X-Shopify-Webhook-Id"]).Distinct());
        var json = JsonNode.Parse(create[^1].Body)!;
        Assert.Equal(long.Parse(order.OrderId), (long)json["id"]!);
        Assert.Equal("CNY", (string)json["currency"]!);
        Assert.EndsWith("+08:00", (string)json["created_at"]!);
        Assert.Equal(order.Lines[0].SkuCode, (string)json["line_items"]![0]!["sku"]!);
        Assert.Equal(0, await Webhooks.PendingCountAsync(Ct));
    }

    [Fact]
    public async Task Webhooks_AtFullFaultRates_DuplicateReorderAndMalform()
    {
        await DrainAsync();
        try
        {
            Platforms.Faults.Set(new SimulatorFaultRates
            {
                RateLimit = 0, ServerError = 0, Slow = 0, LateChange = 0, Duplicate = 1, OutOfOrder = 1, Malformed = 0,
            });
            var paid = await AddPaidOrderAsync();
            await Webhooks.DeliverDueAsync(Ct); // at the moment of checkout only orders/paid is due
            var early = For(paid).ToList();
            app.Clock.Advance(TimeSpan.FromSeconds(40));
            await Webhooks.DeliverDueAsync(Ct);
            var all = For(paid).ToList();

            Assert.NotEmpty(early);
            Assert.All(early, r => Assert.Equal("orders/paid", r.Headers["X-Shopify-Topic"]));
            Assert.Equal(["orders/create", "orders/create", "orders/paid", "orders/paid"], all.Select(r => r.Headers["X-Shopify-Topic"]).Order());
            Assert.All(all.GroupBy(r => r.Headers["X-Shopify-Webhook-Id"]), g => Assert.Equal(2, g.Count()));

            await DrainAsync();
            Platforms.Faults.Set(new SimulatorFaultRates
            {
                RateLimit = 0, ServerError = 0, Slow = 0, LateChange = 0, Duplicate = 0, OutOfOrder = 0, Malformed = 1,
            });
            for (var i = 0; i < 6; i++) await Platforms.AddOrderAsync(Shop, ct: Ct);
            await Webhooks.DeliverDueAsync(Ct);
            Assert.All(app.Receiver.Requests, r => Assert.True(IsMalformed(r.Body), Encoding.UTF8.GetString(r.Body)));
        }
        finally { Platforms.Faults.Set(SimulatorFaults.None()); }
    }

    private IEnumerable<WebhookReceiver.Received> For(SimOrder order) =>
        app.Receiver.Requests.Where(r => JsonNode.Parse(r.Body)!["id"]?.GetValue<long>() == long.Parse(order.OrderId));

    private async Task<SimOrder> AddPaidOrderAsync()
    {
        for (var i = 0; i < 50; i++)
        {
            var order = await Platforms.AddOrderAsync(Shop, ct: Ct);
            if (order.EverPaid) return order;
        }
        throw new InvalidOperationException("no paid web shop order in 50 tries");
    }

    private async Task DrainAsync()
    {
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await Webhooks.DeliverDueAsync(Ct);
        app.Receiver.Requests.Clear();
    }

    private static bool IsMalformed(byte[] body)
    {
        JsonNode? json;
        try { json = JsonNode.Parse(body); }
        catch (JsonException) { return true; }
        return json!["id"] is null || json["line_items"]!.AsArray().Any(l => l!["quantity"]!.GetValueKind() == JsonValueKind.String);
    }
}
