using System.Net;
using System.Text.Json.Nodes;
using OrderDesk.Features.Ingestion.Simulators;
using OrderDesk.Tests.Support;
using static OrderDesk.Tests.Integration.Ingestion.Simulators.SimulatorCalls;

namespace OrderDesk.Tests.Integration.Ingestion.Simulators;

/// <summary>taobao.trades.sold.increment.get over HTTP, signed with the demo shops' own credentials.</summary>
public sealed class TaobaoSimulatorTests(TaobaoSimulatorTests.App app) : IClassFixture<TaobaoSimulatorTests.App>
{
    public sealed class App : OrderDeskApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private SimulatedPlatforms Platforms => app.Get<SimulatedPlatforms>();

    private async Task<List<SimOrder>> PlaceAsync(string shopCode, DateTimeOffset first, int count, TimeSpan every)
    {
        var orders = new List<SimOrder>();
        for (var i = 0; i < count; i++) orders.Add(await Platforms.AddOrderAsync(shopCode, first + every * i, Ct));
        return orders;
    }

    [Fact]
    public async Task Increment_SignedRequest_ReturnsTheWindowsTradesNewestFirst()
    {
        var from = app.Clock.GetUtcNow().AddDays(-3);
        var placed = await PlaceAsync("TB-YJ01", from.AddMinutes(1), 3, TimeSpan.FromMinutes(5));

        var answer = await TaobaoAsync(app, "TB-YJ01", TopWindow(from, from.AddMinutes(30)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var response = answer.Json!["trades_sold_increment_get_response"]!;
        Assert.Equal(3, (int)response["total_results"]!);
        Assert.False((bool)response["has_next"]!);
        var trades = response["trades"]!["trade"]!.AsArray();
        Assert.Equal(placed.Select(o => o.OrderId).Reverse(), trades.Select(t => (string)t!["tid_str"]!));
        var trade = trades[0]!;
        Assert.Equal(long.Parse(placed[^1].OrderId), (long)trade["tid"]!);
        Assert.Equal(SimTime.ChinaText(placed[^1].Modified), (string)trade["modified"]!);
        Assert.Matches(@"^\d+\.\d{2}$", (string)trade["payment"]!);
        Assert.Contains((string)trade["status"]!, new[] { "WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS" });
        var line = trade["orders"]!["order"]![0]!;
        Assert.Equal(placed[^1].Lines[0].SkuCode, (string)line["outer_sku_id"]!);
        Assert.Equal("NO_REFUND", (string)line["refund_status"]!);
        Assert.False(string.IsNullOrEmpty((string)trade["receiver_state"]!));
    }

    [Theory]
    [InlineData("md5")]
    [InlineData("hmac")]
    [InlineData("hmac-sha256")]
    public async Task Increment_EverySignMethod_IsAccepted(string signMethod)
    {
        var now = app.Clock.GetUtcNow();
        var answer = await TaobaoAsync(app, "TB-YJ01", TopWindow(now.AddHours(-1), now), signMethod);

        Assert.NotNull(answer.Json!["trades_sold_increment_get_response"]);
    }

    [Fact]
    public async Task Increment_BadCredentialsOrClock_AnswersTopErrorCodes()
    {
        var now = app.Clock.GetUtcNow();
        var window = TopWindow(now.AddHours(-1), now);

        Assert.Equal(25, await ErrorCodeAsync(window, p => p["sign"] = "0123456789ABCDEF0123456789ABCDEF"));
        Assert.Equal(25, await ErrorCodeAsync(window, p => p["page_size"] = "41")); // signed before tampering
        Assert.Equal(29, await ErrorCodeAsync(window, p => p["app_key"] = "99999999"));
        var secret = await SecretAsync(app, "TB-YJ01");
        Assert.Equal(31, await ErrorCodeAsync(window, p => Resign(p, secret.AppSecret, "timestamp", SimTime.ChinaText(now.AddMinutes(-11)))));
        Assert.Equal(27, await ErrorCodeAsync(window, p => Resign(p, secret.AppSecret, "session", "6201stale")));
        Assert.Equal(41, await ErrorCodeAsync(TopWindow(now.AddDays(-2), now)));
        Assert.Equal(41, await ErrorCodeAsync(TopWindow(now.AddHours(-1), now, pageSize: 101)));
    }

    [Fact]
    public async Task Increment_PagedBackwards_SeesEveryTradeOnce()
    {
        var from = app.Clock.GetUtcNow().AddDays(-2);
        var placed = await PlaceAsync("TB-YJ01", from.AddMinutes(1), 7, TimeSpan.FromMinutes(2));
        var window = TopWindow(from, from.AddHours(1), pageSize: 3);

        var first = (await TaobaoAsync(app, "TB-YJ01", window)).Json!["trades_sold_increment_get_response"]!;
        Assert.Equal(7, (int)first["total_results"]!);
        var seen = new List<string>();
        var hasNext = new List<bool>();
        for (var page = 3; page >= 1; page--)
        {
            var response = (await TaobaoAsync(app, "TB-YJ01", TopWindow(from, from.AddHours(1), page, 3, useHasNext: true)))
                .Json!["trades_sold_increment_get_response"]!;
            Assert.Null(response["total_results"]);
            hasNext.Add((bool)response["has_next"]!);
            seen.AddRange(response["trades"]!["trade"]!.AsArray().Select(t => (string)t!["tid_str"]!));
        }

        Assert.Equal([false, true, true], hasNext);
        Assert.Equal(placed.Select(o => o.OrderId).Order(), seen.Order());
    }

    [Fact]
    public async Task Increment_TmallShop_SharesTheSimulatorButSeesOnlyItsOwnTrades()
    {
        var from = app.Clock.GetUtcNow().AddDays(-4);
        var tmall = await Platforms.AddOrderAsync("TM-YJ01", from.AddMinutes(1), Ct);
        await Platforms.AddOrderAsync("TB-YJ01", from.AddMinutes(2), Ct);

        var trades = (await TaobaoAsync(app, "TM-YJ01", TopWindow(from, from.AddMinutes(10))))
            .Json!["trades_sold_increment_get_response"]!["trades"]!["trade"]!.AsArray();

        Assert.Equal([tmall.OrderId], trades.Select(t => (string)t!["tid_str"]!));
    }

    [Fact]
    public async Task Increment_InjectedFaults_AnswerLikeTop()
    {
        var now = app.Clock.GetUtcNow();
        var window = TopWindow(now.AddHours(-1), now);
        try
        {
            Platforms.Faults.Set(new SimulatorFaultRates { RateLimit = 1, RateLimitSeconds = 7, ServerError = 0, Slow = 0 });
            var limited = (await TaobaoAsync(app, "TB-YJ01", window)).Json!["error_response"]!;
            Assert.Equal(7, (int)limited["code"]!);
            Assert.Equal("This ban will last for 7 more seconds", (string)limited["sub_msg"]!);

            Platforms.Faults.Set(new SimulatorFaultRates { RateLimit = 0, ServerError = 1, Slow = 0 });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await TaobaoAsync(app, "TB-YJ01", window)).Status);

            Platforms.Faults.Set(new SimulatorFaultRates { RateLimit = 0, ServerError = 0, Slow = 1, SlowMilliseconds = 300 });
            var started = System.Diagnostics.Stopwatch.StartNew();
            Assert.NotNull((await TaobaoAsync(app, "TB-YJ01", window)).Json!["trades_sold_increment_get_response"]);
            Assert.True(started.ElapsedMilliseconds >= 250, $"answered after {started.ElapsedMilliseconds} ms"); // timers may fire a tick early
        }
        finally { Platforms.Faults.Set(SimulatorFaults.None()); }
    }

    private async Task<int?> ErrorCodeAsync(Dictionary<string, string> business, Action<Dictionary<string, string>>? tamper = null) =>
        (int?)(await TaobaoAsync(app, "TB-YJ01", business, tamper: tamper)).Json!["error_response"]?["code"];

    private static void Resign(Dictionary<string, string> p, string secret, string key, string value)
    {
        p[key] = value;
        p["sign"] = Features.Ingestion.Platforms.Signing.Top(p, secret, p["sign_method"]);
    }
}
