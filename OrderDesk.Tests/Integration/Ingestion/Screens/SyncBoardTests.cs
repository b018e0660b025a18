using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Screens;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Screens;

public sealed class SyncBoardTests(GatewayScreensApp app) : IClassFixture<GatewayScreensApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_ShopWithState_RowCarriesStateLastHourSumsBacklogAndQuarantine()
    {
        var now = app.Clock.GetUtcNow();
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Jd, "jd-board");
        var state = new ShopSyncState(shop.Id, now.AddMinutes(-12));
        state.Started(now.AddMinutes(-2));
        state.Succeeded(now.AddMinutes(-2));
        state.Failed("HTTP 429: app call limited", now.AddMinutes(-1));
        state.PauseUntil(now.AddMinutes(9));
        db.ShopSyncStates.Add(state);
        // Two minutes inside the last hour count; one 61 minutes ago does not.
        db.ChannelMinuteStats.AddRange(
            new ChannelMinuteStat(shop.Id, Platform.Jd, now.AddMinutes(-3)) { Pulls = 2, Received = 40, PullFailures = 1 },
            new ChannelMinuteStat(shop.Id, Platform.Jd, now.AddMinutes(-45)) { Pulls = 1, Received = 7 },
            new ChannelMinuteStat(shop.Id, Platform.Jd, now.AddMinutes(-61)) { Pulls = 5, Received = 500 });
        for (var i = 0; i < 4; i++)
            db.InboxMessages.Add(new InboxMessage($"board:{shop.Id}:{i}", Platform.Jd, shop.Id, shop.Code, MessageSource.Pull, "t", $"{i}", "{}", now));
        await db.SaveChangesAsync(Ct);
        await app.QuarantinedAsync(shop.Id, shop.Code, Platform.Jd, "{}", "schema", now.AddMinutes(-30));
        await app.QuarantinedAsync(shop.Id, shop.Code, Platform.Jd, "{}", "schema", now.AddMinutes(-20));

        var view = await app.Get<SyncBoard>().LoadAsync(Ct);

        var row = Assert.Single(view.Rows, r => r.ShopId == shop.Id);
        Assert.Equal((3, 47, 1), (row.PullsLastHour, row.ReceivedLastHour, row.PullFailuresLastHour));
        Assert.Equal((4, 2), (row.Backlog, row.Quarantined));
        Assert.Equal(now.AddMinutes(-12), row.Watermark);
        Assert.Equal(now.AddMinutes(-2), row.LastSuccessAt);
        Assert.Equal(("HTTP 429: app call limited", now.AddMinutes(-1), 1), (row.LastError, row.LastErrorAt, row.ConsecutiveFailures));
        Assert.True(row.IsPaused(view.At));
        var verdict = SyncHealthRules.Judge(row, view.At);
        Assert.Equal(SyncHealth.Warning, verdict.Health);
        Assert.Equal([SyncConcern.Failing, SyncConcern.Paused, SyncConcern.Quarantined], verdict.Concerns);
    }

    [Fact]
    public async Task Load_ShopWithoutAnyState_RowWithZerosAndNoTimes()
    {
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.WebShop, "web-board");

        var view = await app.Get<SyncBoard>().LoadAsync(Ct);

        var row = Assert.Single(view.Rows, r => r.ShopId == shop.Id);
        Assert.True(row.UsesWebhooks);
        Assert.Equal((0, 0, 0, 0), (row.PullsLastHour, row.ReceivedLastHour, row.Backlog, row.Quarantined));
        Assert.Null(row.Watermark);
        Assert.Equal(SyncHealth.Healthy, SyncHealthRules.Judge(row, view.At).Health);
    }
}
