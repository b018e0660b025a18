using System.Text;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>Signed web shop deliveries (≈1 KB orders, signed once up front so signing costs the sender nothing per request).</summary>
internal sealed class SignedDeliveries
{
    private readonly byte[][] _bodies;
    private readonly string[] _signatures;

    public SignedDeliveries(string secret, int count = 2_000)
    {
        var random = new Random(1124);
        var skus = Enumerable.Range(1, 50).Select(i => $"BN-{i:D4}").ToList();
        _bodies = Enumerable.Range(0, count).Select(i => Encoding.UTF8.GetBytes(WebShopPayloads.Order(9_000_000_000 + i, random, skus))).ToArray();
        _signatures = _bodies.Select(b => Signing.ShopifyHmac(b, secret)).ToArray();
    }

    /// <summary>Delivery number <paramref name="n"/>, with the webhook id <c>{prefix}-{n}</c> (so its inbox key is <c>webshop:{shop}:{prefix}-{n}</c>).</summary>
    public HttpRequestMessage Request(string prefix, int n)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/webshop/{BenchApp.Shop}")
        {
            Content = new ByteArrayContent(_bodies[n % _bodies.Length]),
        };
        request.Headers.Add("X-Shopify-Hmac-SHA256", _signatures[n % _bodies.Length]);
        request.Headers.Add("X-Shopify-Webhook-Id", $"{prefix}-{n}");
        request.Headers.Add("X-Shopify-Topic", "orders/updated");
        return request;
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];
}
