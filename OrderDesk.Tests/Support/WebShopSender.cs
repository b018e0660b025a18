using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Tests.Support;

/// <summary>Posts signed deliveries to the web shop webhook endpoint, as the shop would.</summary>
public sealed class WebShopSender(OrderDeskApp app, HttpClient client)
{
    public const string DemoShop = "WEB-YJ01";

    public static async Task<WebShopSender> CreateAsync(OrderDeskApp app) => new(app, app.Anonymous());

    public async Task<string> SecretAsync(string shopCode = DemoShop)
    {
        await using var db = await app.DbAsync();
        var shop = await db.Shops.SingleAsync(s => s.Platform == Platform.WebShop && s.Code == shopCode);
        return app.Get<ShopCredentials>().Read(shop)!.AppSecret;
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? webhookId, string topic = "orders/create",
        string shopCode = DemoShop, string? signature = null, bool sign = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/webshop/{shopCode}") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (sign)
        {
            var secret = signature is null ? await SecretAsync(shopCode) : "";
            request.Headers.Add("X-Shopify-Hmac-SHA256", signature ?? Signing.ShopifyHmac(bytes, secret));
        }
        if (webhookId is not null) request.Headers.Add("X-Shopify-Webhook-Id", webhookId);
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Shop-Domain", $"{shopCode}.example");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> PostAsync(WebShopOrderJson order, string topic = "orders/updated") =>
        PostAsync(order.ToString(), Guid.NewGuid().ToString(), topic);
}
