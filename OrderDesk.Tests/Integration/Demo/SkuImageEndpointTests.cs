using System.Net;
using System.Xml.Linq;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Demo;

public sealed class SkuImageEndpointTests(SkuImageEndpointTests.App app) : IClassFixture<SkuImageEndpointTests.App>
{
    public sealed class App : OrderDeskApp;

    private const string KnownSku = "/sku-images/TS01-HB-M.svg";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SkuImage_SignedIn_ReturnsCacheableSvgInTheVariantsColour()
    {
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var response = await client.GetAsync(KnownSku, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=86400", response.Headers.CacheControl?.ToString());
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("#7d97b3", svg.ToString()); // 雾霾蓝
        Assert.Contains(">M<", svg.ToString().Replace(" ", ""));
    }

    [Fact]
    public async Task SkuImage_SameEtag_AnswersNotModified()
    {
        var client = await app.SignedInAsync("ops@demo.orderdesk");
        var first = await client.GetAsync(KnownSku, Ct);

        using var again = new HttpRequestMessage(HttpMethod.Get, KnownSku);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task SkuImage_UnknownCode_Answers404()
    {
        var client = await app.SignedInAsync("ops@demo.orderdesk");

        var response = await client.GetAsync("/sku-images/NO-SUCH-SKU.svg", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SkuImage_Anonymous_IsSentToSignIn()
    {
        var response = await app.Anonymous().GetAsync(KnownSku, Ct);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Unauthorized });
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.NotEqual("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }
}
