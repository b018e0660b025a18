using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Inbox;

/// <summary>The web shop webhook endpoint over HTTP: every refusal stores nothing, every 202 is in the inbox.</summary>
public sealed class WebShopWebhookTests(WebShopWebhookTests.App app) : IClassFixture<WebShopWebhookTests.App>
{
    public sealed class App : OrderDeskApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SignedOrder_StoresRawMessageAndAnswers202()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var order = new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow());
        var webhookId = Guid.NewGuid().ToString();

        var response = await sender.PostAsync(order.ToString(), webhookId, "orders/create");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var message = await MessageAsync(webhookId);
        Assert.NotNull(message);
        Assert.Equal((Platform.WebShop, "orders/create", order.Id.ToString(), MessageState.Pending, MessageSource.Webhook),
            (message.Platform, message.Topic, message.PlatformOrderId, message.State, message.Source));
        Assert.Equal(order.ToString(), message.Payload);
    }

    [Theory]
    [InlineData("""{"customer":{"id":7},"id":42,"line_items":[{"id":9}]}""", "42")]
    [InlineData("""{"line_items":[{"id":9}],"customer":{"id":7}}""", "")]
    [InlineData("""{"id":"42"}""", "")]
    [InlineData("""[{"id":42}]""", "")]
    public async Task Post_WellFormedJson_OrderIdIsTheTopLevelNumericId(string body, string expected)
    {
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();

        var response = await sender.PostAsync(body, webhookId);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var message = await MessageAsync(webhookId);
        Assert.NotNull(message);
        Assert.Equal(expected, message.PlatformOrderId);
    }

    [Fact]
    public async Task Post_BadSignature_401AndNothingStored()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();
        var body = new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow()).ToString();

        var response = await sender.PostAsync(body, webhookId, signature: Signing.ShopifyHmac(Encoding.UTF8.GetBytes(body), "wrong-secret"));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "X-Shopify-Hmac-SHA256", webhookId);
    }

    [Fact]
    public async Task Post_MissingSignature_401AndNothingStored()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();

        var response = await sender.PostAsync("{\"id\":1}", webhookId, sign: false);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "signature", webhookId);
    }

    [Fact]
    public async Task Post_MissingWebhookId_400AndNothingStored()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var order = new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow());
        await using var db = await app.DbAsync();
        var before = await db.InboxMessages.CountAsync(Ct);

        var response = await sender.PostAsync(order.ToString(), webhookId: null);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "X-Shopify-Webhook-Id", null);
        Assert.Equal(before, await db.InboxMessages.CountAsync(Ct));
    }

    [Fact]
    public async Task Post_NotJson_400AndNothingStored()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();

        var response = await sender.PostAsync("<order id=\"1\"/>", webhookId);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "not JSON", webhookId);
    }

    [Fact]
    public async Task Post_TwoMegabytes_413AndNothingStored()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();
        var body = "{\"note\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await sender.PostAsync(body, webhookId);

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than", webhookId);
    }

    [Fact]
    public async Task Post_TwoMegabytesChunked_413AndNothingStored()
    {
        var webhookId = Guid.NewGuid().ToString();
        var bytes = Encoding.UTF8.GetBytes("{\"note\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        // A stream of unknown length is sent chunked: no Content-Length to refuse up front.
        var content = new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/webshop/" + WebShopSender.DemoShop) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var secret = await new WebShopSender(app, app.Anonymous()).SecretAsync();
        request.Headers.Add("X-Shopify-Hmac-SHA256", Signing.ShopifyHmac(bytes, secret));
        request.Headers.Add("X-Shopify-Webhook-Id", webhookId);

        var response = await app.Anonymous().SendAsync(request, Ct);

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than", webhookId);
    }

    [Fact]
    public async Task Post_UnknownShop_404()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();
        var secret = await sender.SecretAsync();
        var body = new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow()).ToString();

        var response = await sender.PostAsync(body, webhookId, shopCode: "NO-SUCH-SHOP",
            signature: Signing.ShopifyHmac(Encoding.UTF8.GetBytes(body), secret));

        await AssertRefusedAsync(response, HttpStatusCode.NotFound, "NO-SUCH-SHOP", webhookId);
    }

    [Fact]
    public async Task Post_DisabledShop_404AndNothingStored()
    {
        await using (var db = await app.DbAsync())
        {
            var warehouse = await db.Warehouses.FirstAsync(Ct);
            var shop = new Shop(Platform.WebShop, "WEB-OFF1", "Closed web shop", warehouse.Id);
            app.Get<ShopCredentials>().Store(shop, new ShopSecret("key-off", "secret-off", ""));
            shop.Disable();
            db.Shops.Add(shop);
            await db.SaveChangesAsync(Ct);
        }
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();

        var response = await sender.PostAsync(new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow()).ToString(),
            webhookId, shopCode: "WEB-OFF1");

        await AssertRefusedAsync(response, HttpStatusCode.NotFound, "disabled", webhookId, "WEB-OFF1");
    }

    [Fact]
    public async Task Post_SchemaInvalidJson_StoredThenQuarantinedWithReason()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var webhookId = Guid.NewGuid().ToString();
        var order = new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow()).ToJson();
        order["line_items"]![0]!["quantity"] = 0;
        order.Remove("financial_status");

        var response = await sender.PostAsync(order.ToJsonString(), webhookId);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        var message = await MessageAsync(webhookId);
        Assert.Equal(MessageState.Quarantined, message!.State);
        Assert.Contains("/line_items/0/quantity", message.LastError);
        Assert.Contains("financial_status", message.LastError);
    }

    [Fact]
    public async Task Post_SameDeliveryFiveTimesConcurrently_OneMessageOneOrder()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var order = new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow());
        var webhookId = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => sender.PostAsync(order.ToString(), webhookId)));
        await app.Get<InboxProcessor>().ProcessDueAsync(Ct);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.MessageKey == $"webshop:{WebShopSender.DemoShop}:{webhookId}", Ct));
        Assert.Equal(1, await db.Orders.CountAsync(o => o.Platform == Platform.WebShop && o.PlatformOrderId == order.Id.ToString(), Ct));
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string errorPart, string? webhookId,
        string shopCode = WebShopSender.DemoShop)
    {
        Assert.Equal(status, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(errorPart, json.RootElement.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        if (webhookId is not null) Assert.Null(await MessageAsync(webhookId, shopCode));
    }

    private async Task<InboxMessage?> MessageAsync(string webhookId, string shopCode = WebShopSender.DemoShop)
    {
        await using var db = await app.DbAsync();
        return await db.InboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.MessageKey == $"webshop:{shopCode}:{webhookId}", Ct);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
