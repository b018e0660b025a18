using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Pulls;
using System.Net;
using System.Text.Json;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Pulls;

public sealed class ReconciliationTests(PullsApp app) : IClassFixture<PullsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

    private string Url(string shop, DateTimeOffset from, DateTimeOffset to) =>
        $"/api/sync/reconcile?shop={shop}&from={Iso(from)}&to={Iso(to)}";

    [Theory]
    [InlineData("ops")]
    [InlineData("admin")]
    public async Task Reconcile_PlatformHasOrdersTheDatabaseLacks_ListsThemAsMissing(string role)
    {
        var shop = await app.ShopAsync("JD-DG01");
        var now = app.Clock.GetUtcNow();
        var (from, to) = (now.AddHours(-3), now.AddHours(-1));
        foreach (var (id, minutes) in new[] { ("R-1", -170), ("R-2", -120), ("R-3", -65), ("R-4", -30) })
            app.Jd.Put(shop.Code, id, now.AddMinutes(minutes));
        await using (var db = await app.DbAsync())
        {
            if (!db.Orders.Any(o => o.ShopCode == shop.Code && o.PlatformOrderId == "R-1"))
            {
                db.Orders.AddRange(TestData.Order(shop, "R-1", now.AddMinutes(-170)), TestData.Order(shop, "R-2", now.AddMinutes(-120)));
                await db.SaveChangesAsync(Ct);
            }
        }
        var client = await app.SignedInAsync($"{role}@demo.orderdesk");

        var response = await client.GetAsync(Url(shop.Code, from, to), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement;
        Assert.Equal(shop.Code, root.GetProperty("shopCode").GetString());
        Assert.Equal(3, root.GetProperty("platformCount").GetInt32());
        Assert.Equal(2, root.GetProperty("storedCount").GetInt32());
        Assert.Equal(["R-3"], root.GetProperty("missingOrderIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(root.GetProperty("duplicatedOrderIds").EnumerateArray());
    }

    public static TheoryData<string, HttpStatusCode> BadRequests()
    {
        var now = TestClock.DefaultStart;
        string Q(string shop, string from, string to) => $"/api/sync/reconcile?shop={shop}&from={from}&to={to}";
        return new()
        {
            { Q("JD-DG01", Iso(now), Iso(now.AddHours(-1))), HttpStatusCode.BadRequest },
            { Q("JD-DG01", Iso(now), Iso(now)), HttpStatusCode.BadRequest },
            { Q("JD-DG01", Iso(now.AddDays(-8)), Iso(now)), HttpStatusCode.BadRequest },
            { Q("JD-DG01", "yesterday", Iso(now)), HttpStatusCode.BadRequest },
            { Q("JD-DG01", Iso(now.AddHours(-1)), "2026-13-45"), HttpStatusCode.BadRequest },
            { Q("", Iso(now.AddHours(-1)), Iso(now)), HttpStatusCode.BadRequest },
            { Q("NO-SUCH-SHOP", Iso(now.AddHours(-1)), Iso(now)), HttpStatusCode.NotFound },
        };
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Reconcile_BadInput_ErrorWithJsonReason(string url, HttpStatusCode expected)
    {
        var client = await app.SignedInAsync("ops@demo.orderdesk");

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(expected, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Reconcile_Anonymous_Unauthorized()
    {
        var now = app.Clock.GetUtcNow();

        var response = await app.Anonymous().GetAsync(Url("JD-DG01", now.AddHours(-1), now), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("warehouse")]
    [InlineData("supervisor")]
    [InlineData("finance")]
    public async Task Reconcile_OtherRole_Forbidden(string role)
    {
        var now = app.Clock.GetUtcNow();
        var client = await app.SignedInAsync($"{role}@demo.orderdesk");

        var response = await client.GetAsync(Url("JD-DG01", now.AddHours(-1), now), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class ReconciliationRetryTests(PullsApp app) : IClassFixture<PullsApp>
{
    [Fact]
    public async Task Run_ShortRateLimitOnce_WaitedOutAndAnswered()
    {
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.ShopAsync("PDD-YJ01");
        var now = app.Clock.GetUtcNow();
        app.Pinduoduo.Put(shop.Code, "RL-1", now.AddMinutes(-20));
        var limited = 0;
        app.Pinduoduo.Faults = call => call.ShopCode == shop.Code && Interlocked.Increment(ref limited) == 1
            ? new PlatformException(PlatformErrorKind.RateLimited, "7", "limited", TimeSpan.FromMilliseconds(200))
            : null;
        try
        {
            var result = await app.Get<Reconciliation>().RunAsync(shop.Id, now.AddMinutes(-30), now.AddMinutes(-10), ct);

            Assert.Equal(["RL-1"], result.MissingOrderIds);
            Assert.True(limited >= 2, "the platform was asked again after the ban");
        }
        finally { app.Pinduoduo.Faults = null; }
    }
}

public sealed class ReconciliationQuarantineTests(PullsApp app) : IClassFixture<PullsApp>
{
    [Fact]
    public async Task Run_MissingOrderWhosePayloadIsQuarantined_SaidSo()
    {
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.ShopAsync("JD-YJ01");
        var now = app.Clock.GetUtcNow();
        app.Jd.Put(shop.Code, "Q-1", now.AddMinutes(-40));
        app.Jd.Put(shop.Code, "Q-2", now.AddMinutes(-35));
        await using (var db = await app.DbAsync())
        {
            var message = new Domain.Ingestion.InboxMessage($"test:{shop.Code}:Q-1", shop.Platform, shop.Id, shop.Code,
                Domain.Ingestion.MessageSource.Pull, "pull", "Q-1", "{\"orderId\": \"Q-1\"}", now.AddMinutes(-39));
            message.Quarantine("Schema: /orderTotalPrice: required", now.AddMinutes(-39));
            db.InboxMessages.Add(message);
            await db.SaveChangesAsync(ct);
        }

        var result = await app.Get<Reconciliation>().RunAsync(shop.Id, now.AddMinutes(-50), now.AddMinutes(-20), ct);

        Assert.Equal(["Q-1", "Q-2"], result.MissingOrderIds);
        Assert.Equal(["Q-1"], result.QuarantinedOrderIds);
    }
}
