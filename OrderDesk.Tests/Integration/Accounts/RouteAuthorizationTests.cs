using System.Net;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Accounts;

/// <summary>Every route × every role: allowed, forbidden, or sent to sign in.</summary>
public sealed class RouteAuthorizationTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    public enum Outcome { Allowed, Forbidden, NotAllowedPage, Login }

    private const string Anonymous = "anonymous";
    private static readonly string[] s_everyone = ["admin", "ops", "warehouse", "supervisor", "finance"];

    private static readonly (string Route, string[] AllowedRoles, Outcome OtherwiseFor)[] s_routes =
    [
        ("/", s_everyone, Outcome.NotAllowedPage),
        ("/orders", s_everyone, Outcome.NotAllowedPage),
        ("/orders?status=Paid&platform=Jd", s_everyone, Outcome.NotAllowedPage),
        ("/orders/1", s_everyone, Outcome.NotAllowedPage),
        ("/orders/1/slip", s_everyone, Outcome.NotAllowedPage),
        ("/orders/1/slip?size=A4", s_everyone, Outcome.NotAllowedPage),
        ("/skus", s_everyone, Outcome.NotAllowedPage),
        ("/skus/labels?codes=X&size=Sheet", s_everyone, Outcome.NotAllowedPage),
        ("/admin/shops", ["admin"], Outcome.NotAllowedPage),
        ("/admin/audit", ["admin"], Outcome.NotAllowedPage),
        ("/fulfillment/gift-rules", ["admin"], Outcome.NotAllowedPage),
        ("/ingestion/quarantine", ["admin", "ops"], Outcome.NotAllowedPage),
        ("/ingestion/quarantine?shop=1&platform=Jd&q=schema", ["admin", "ops"], Outcome.NotAllowedPage),
        ("/ingestion/quarantine/1", ["admin", "ops"], Outcome.NotAllowedPage),
        ("/ingestion/sync", ["admin", "ops"], Outcome.NotAllowedPage),
        ("/board", ["admin", "ops"], Outcome.NotAllowedPage),
        ("/ingestion/reconcile", ["admin", "ops"], Outcome.NotAllowedPage),
        ("/fulfillment/carrier-rules", ["admin"], Outcome.NotAllowedPage),
        ("/fulfillment/carrier-rules?order=1", ["admin"], Outcome.NotAllowedPage),
        ("/jobs", ["admin"], Outcome.Forbidden),
        ("/jobs/recurring", ["admin"], Outcome.Forbidden),
        ("/notifications", s_everyone, Outcome.NotAllowedPage),
        ("/alerts/rules", ["admin", "ops"], Outcome.NotAllowedPage),
        ("/alerts/incidents", ["admin", "ops", "supervisor"], Outcome.NotAllowedPage),
        ("/alerts/incidents?state=Open&rule=1&shop=tb-01", ["admin", "ops", "supervisor"], Outcome.NotAllowedPage),
        ("/alerts/incidents/1", ["admin", "ops", "supervisor"], Outcome.NotAllowedPage),
        ("/stations", ["admin", "warehouse", "supervisor"], Outcome.NotAllowedPage),
        ("/account/access-denied", s_everyone, Outcome.NotAllowedPage),
        ("/waves", ["admin", "warehouse", "supervisor"], Outcome.NotAllowedPage),
        ("/waves?warehouse=1", ["admin", "warehouse", "supervisor"], Outcome.NotAllowedPage),
        ("/waves/1", ["admin", "warehouse", "supervisor"], Outcome.NotAllowedPage),
        ("/waves/1/pick-list", ["admin", "warehouse", "supervisor"], Outcome.NotAllowedPage),
        ("/fulfillment/errors", ["admin", "ops", "supervisor"], Outcome.NotAllowedPage),
        ("/fulfillment/errors?days=30", ["admin", "ops", "supervisor"], Outcome.NotAllowedPage),
    ];

    public static TheoryData<string, string, Outcome> Matrix()
    {
        var data = new TheoryData<string, string, Outcome>();
        foreach (var (route, allowed, otherwise) in s_routes)
        {
            data.Add(route, Anonymous, Outcome.Login);
            foreach (var role in s_everyone)
                data.Add(route, role, allowed.Contains(role) ? Outcome.Allowed : otherwise);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Route_ForRole_AllowedForbiddenOrLogin(string route, string role, Outcome expected)
    {
        var client = role == Anonymous ? app.Anonymous() : await app.SignedInAsync($"{role}@demo.orderdesk");

        var response = await client.GetAsync(route, TestContext.Current.CancellationToken);

        Assert.Equal(expected, Classify(response));
    }

    [Theory]
    [InlineData("admin", Outcome.Allowed)]
    [InlineData("ops", Outcome.Forbidden)]
    [InlineData(Anonymous, Outcome.Login)]
    public async Task JobDashboard_FromRemoteAddress_SameRulesAsLocal(string role, Outcome expected)
    {
        var client = role == Anonymous ? app.Anonymous() : await app.SignedInAsync($"{role}@demo.orderdesk");
        var request = new HttpRequestMessage(HttpMethod.Get, "/jobs");
        request.Headers.Add(RemoteAddressStartupFilter.Header, "203.0.113.7");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, Classify(response));
    }

    [Fact]
    public async Task Healthz_EveryRoleAndAnonymous_Allowed()
    {
        foreach (var role in s_everyone.Append(Anonymous))
        {
            var client = role == Anonymous ? app.Anonymous() : await app.SignedInAsync($"{role}@demo.orderdesk");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Theory]
    [InlineData("admin", new[] { "nav-home", "nav-orders", "nav-skus", "nav-sync", "nav-sync-state", "nav-quarantine", "nav-alerts", "nav-incidents", "nav-alert-rules", "nav-admin", "nav-shops", "nav-audit", "nav-jobs", "nav-fulfillment", "nav-carrier-rules", "nav-stations", "nav-waves", "nav-shipping-errors" }, new string[0])]
    [InlineData("ops", new[] { "nav-home", "nav-orders", "nav-skus", "nav-sync", "nav-sync-state", "nav-quarantine", "nav-alerts", "nav-incidents", "nav-alert-rules", "nav-shipping-errors", "nav-fulfillment" }, new[] { "nav-admin", "nav-jobs", "nav-carrier-rules", "nav-stations", "nav-waves" })]
    [InlineData("warehouse", new[] { "nav-home", "nav-orders", "nav-skus", "nav-stations", "nav-waves", "nav-fulfillment" }, new[] { "nav-admin", "nav-jobs", "nav-sync", "nav-quarantine", "nav-alerts", "nav-incidents", "nav-alert-rules", "nav-carrier-rules", "nav-shipping-errors" })]
    [InlineData("supervisor", new[] { "nav-home", "nav-orders", "nav-skus", "nav-alerts", "nav-incidents", "nav-stations", "nav-waves", "nav-shipping-errors", "nav-fulfillment" }, new[] { "nav-admin", "nav-jobs", "nav-sync", "nav-quarantine", "nav-alert-rules", "nav-carrier-rules" })]
    [InlineData("finance", new[] { "nav-home", "nav-orders", "nav-skus" }, new[] { "nav-admin", "nav-jobs", "nav-sync", "nav-quarantine", "nav-alerts", "nav-incidents", "nav-alert-rules", "nav-carrier-rules", "nav-stations", "nav-waves", "nav-shipping-errors", "nav-fulfillment", "nav-gift-rules" })]
    public async Task Nav_ForRole_ShowsOnlyWhatTheRoleMayOpen(string role, string[] shown, string[] hidden)
    {
        var client = await app.SignedInAsync($"{role}@demo.orderdesk");

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        foreach (var id in shown) Assert.Contains($"data-testid=\"{id}\"", html);
        foreach (var id in hidden) Assert.DoesNotContain($"data-testid=\"{id}\"", html);
    }

    [Fact]
    public async Task ForbiddenPage_SignedIn_ShowsNotAllowedMessage()
    {
        var client = await app.SignedInAsync("finance@demo.orderdesk");

        var html = await client.GetStringAsync("/account/access-denied", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"not-allowed\"", html);
        Assert.Contains("Your role does not give access to this page", html);
    }

    [Fact]
    public async Task UnknownRoute_SignedIn_FriendlyNotFound()
    {
        var client = await app.SignedInAsync("ops@demo.orderdesk");

        var response = await client.GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Allowed,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/account/access-denied") => Outcome.NotAllowedPage,
            HttpStatusCode.Redirect when location.Contains("/account/login") => Outcome.Login,
            _ => throw new Xunit.Sdk.XunitException($"Unexpected answer {(int)response.StatusCode} {location}"),
        };
    }
}
