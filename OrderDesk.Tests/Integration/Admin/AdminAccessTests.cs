using System.Net;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Admin;

public sealed class AdminAccessTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/admin/shops")]
    [InlineData("/admin/audit")]
    public async Task AdminPage_AsAdmin_Rendered(string path)
    {
        var client = await app.SignedInAsync("admin@demo.orderdesk");

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"page-title\"", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/admin/shops", "ops@demo.orderdesk")]
    [InlineData("/admin/audit", "ops@demo.orderdesk")]
    [InlineData("/admin/shops", "finance@demo.orderdesk")]
    [InlineData("/admin/audit", "warehouse@demo.orderdesk")]
    public async Task AdminPage_AsOtherRole_RedirectedToAccessDenied(string path, string email)
    {
        var client = await app.SignedInAsync(email);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath());
    }

    [Theory]
    [InlineData("/admin/shops")]
    [InlineData("/admin/audit")]
    public async Task AdminPage_Anonymous_RedirectedToLogin(string path)
    {
        var response = await app.Anonymous().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath());
        Assert.Contains(Uri.EscapeDataString(path), response.Headers.Location!.OriginalString);
    }
}

file static class LocationExtensions
{
    // The cookie handler answers with an absolute or relative URI depending on the request; compare paths only.
    public static string AbsolutePath(this Uri location) =>
        (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).AbsolutePath;
}
