using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Monitoring;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Monitoring;

public sealed class BoardSnapshotsTests(GatewayScreensApp app) : IClassFixture<GatewayScreensApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Refresh_StatsAndInboxRows_SuccessRateLatencyAndBacklogFromThem()
    {
        // The clock is 10:00 in Shanghai, so "today" started 10 hours ago.
        var now = app.Clock.GetUtcNow();
        var board = app.Get<BoardSnapshots>();
        var before = (await board.RefreshAsync()).Kpis;
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Jd, "jd-kpi");
        var recent = new ChannelMinuteStat(shop.Id, Platform.Jd, now.AddMinutes(-3)) { Received = 600, Pulls = 20, Failures = 2, Backfilled = 3 };
        // p95 is the 95th of 100 samples: past the 90 under a second, inside the 6 under five seconds.
        for (var i = 0; i < 90; i++) recent.AddLatency(TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < 6; i++) recent.AddLatency(TimeSpan.FromSeconds(3));
        for (var i = 0; i < 4; i++) recent.AddLatency(TimeSpan.FromSeconds(20));
        var earlierToday = new ChannelMinuteStat(shop.Id, Platform.Jd, now.AddMinutes(-90)) { Received = 380, Backfilled = 2 };
        for (var i = 0; i < 50; i++) earlierToday.AddLatency(TimeSpan.FromMinutes(10)); // outside the last hour: not in p95
        var yesterday = new ChannelMinuteStat(shop.Id, Platform.Jd, now.AddHours(-11)) { Received = 1000, Failures = 500 };
        db.ChannelMinuteStats.AddRange(recent, earlierToday, yesterday);
        for (var i = 0; i < 3; i++)
            db.InboxMessages.Add(new InboxMessage($"kpi:{shop.Id}:{i}", Platform.Jd, shop.Id, shop.Code, MessageSource.Pull, "t", $"{i}", "{}", now));
        await db.SaveChangesAsync(Ct);
        await app.QuarantinedAsync(shop.Id, shop.Code, Platform.Jd, "{}", "schema", now.AddMinutes(-20));

        var snapshot = await board.RefreshAsync();

        // 1 − 2 / (980 received + 20 pulls) since midnight; yesterday's 500 failures do not count.
        Assert.Equal(0.998, snapshot.Kpis.SuccessRate!.Value, 6);
        Assert.True(snapshot.Kpis.MeetsTarget);
        Assert.Equal((980, 20, 2, 5), (snapshot.Kpis.ReceivedToday, snapshot.Kpis.PullsToday, snapshot.Kpis.FailuresToday, snapshot.Kpis.BackfilledToday));
        Assert.Equal((3, 1), (snapshot.Kpis.Backlog - before.Backlog, snapshot.Kpis.Quarantined - before.Quarantined));
        Assert.Equal(0, snapshot.Kpis.OpenAlerts); // alerts are off in the test host: no incidents
        var row = Assert.Single(snapshot.Shops, r => r.Sync.ShopId == shop.Id);
        Assert.Equal(new LatencyP95(5_000, false), row.P95);
        Assert.Equal(1_430, row.AvgLatencyMs!.Value, 6);
        Assert.Equal((600, 2, 5), (row.ReceivedLastHour, row.FailuresLastHour, row.BackfilledToday));
        Assert.Equal(2.0 / 620, row.FailureRate!.Value, 9);
        Assert.Equal((3, 1), (row.Sync.Backlog, row.Sync.Quarantined));
        Assert.Equal(600, snapshot.Inflow[BoardRange.Hour].Counts[Platform.Jd].Sum());
        Assert.Equal((60, 288, 168), (snapshot.Inflow[BoardRange.Hour].Starts.Count, snapshot.Inflow[BoardRange.Day].Starts.Count,
            snapshot.Inflow[BoardRange.Week].Starts.Count));
    }

    [Fact]
    public async Task Refresh_FiftySubscribers_OneComputationEachAllGetTheSameSnapshot()
    {
        var board = app.Get<BoardSnapshots>();
        var received = new List<BoardSnapshot>[50];
        var subscriptions = Enumerable.Range(0, 50).Select(i =>
        {
            received[i] = [];
            return board.Subscribe(s => { lock (received[i]) received[i].Add(s); });
        }).ToList();
        var computedBefore = board.Computations;

        // Fifty circuits opening the board at once, then one refresh.
        var opened = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(board.CurrentAsync, Ct)));
        await board.RefreshAsync();
        subscriptions.ForEach(s => s.Dispose());

        // The background refresher may add its own refreshes; still one computation per snapshot handed out.
        var computations = board.Computations - computedBefore;
        var distinct = received.SelectMany(r => r).Distinct().ToList();
        Assert.Equal(computations, distinct.Count);
        Assert.InRange(computations, 1, 3);
        Assert.All(received, r => Assert.Equal(computations, r.Count));
        Assert.True(opened.Distinct().Count() <= 2);
        Assert.Equal(0, board.SubscriberCount);
    }
}
