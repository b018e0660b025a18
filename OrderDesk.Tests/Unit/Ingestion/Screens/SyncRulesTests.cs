using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Screens;

namespace OrderDesk.Tests.Unit.Ingestion.Screens;

public sealed class SyncRulesTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private static SyncRow Row(Platform platform = Platform.Taobao, bool enabled = true, TimeSpan? sinceSuccess = null, int failures = 0,
        DateTimeOffset? pausedUntil = null, int backlog = 0, int quarantined = 0) =>
        new(1, "shop", "tb-1", platform, false, enabled, s_now, s_now, sinceSuccess is { } ago ? s_now - ago : null, null, "",
            pausedUntil, failures, 0, 0, 0, backlog, quarantined);

    [Fact]
    public void Judge_RecentSuccessNothingWaiting_Healthy() =>
        Assert.Equal(SyncHealth.Healthy, SyncHealthRules.Judge(Row(sinceSuccess: TimeSpan.FromMinutes(2)), s_now).Health);

    [Theory]
    [InlineData(11, SyncHealth.Warning, SyncConcern.Stale)]
    [InlineData(31, SyncHealth.Failing, SyncConcern.VeryStale)]
    public void Judge_NoSuccessForLong_StaleThenFailing(int minutes, SyncHealth health, SyncConcern concern)
    {
        var verdict = SyncHealthRules.Judge(Row(sinceSuccess: TimeSpan.FromMinutes(minutes)), s_now);

        Assert.Equal(health, verdict.Health);
        Assert.Equal([concern], verdict.Concerns);
    }

    [Fact]
    public void Judge_RepeatedFailuresAndPaused_FailingWithBothReasons()
    {
        var verdict = SyncHealthRules.Judge(Row(sinceSuccess: TimeSpan.FromMinutes(1), failures: 3, pausedUntil: s_now.AddMinutes(5)), s_now);

        Assert.Equal(SyncHealth.Failing, verdict.Health);
        Assert.Equal([SyncConcern.RepeatedFailures, SyncConcern.Paused], verdict.Concerns);
    }

    [Fact]
    public void Judge_PauseOver_NotPaused() =>
        Assert.Empty(SyncHealthRules.Judge(Row(sinceSuccess: TimeSpan.FromMinutes(1), pausedUntil: s_now.AddMinutes(-1)), s_now).Concerns);

    [Fact]
    public void Judge_WebShopNeverPulled_HealthyBecauseItUsesWebhooks() =>
        Assert.Equal(SyncHealth.Healthy, SyncHealthRules.Judge(Row(Platform.WebShop), s_now).Health);

    [Fact]
    public void Judge_NeverSyncedQuarantineAndBacklog_WarningWithEachReason() =>
        Assert.Equal([SyncConcern.NeverSynced, SyncConcern.Quarantined, SyncConcern.Backlog],
            SyncHealthRules.Judge(Row(quarantined: 1, backlog: SyncHealthRules.LargeBacklog + 1), s_now).Concerns);

    [Fact]
    public void Judge_Disabled_OffWhateverElse() =>
        Assert.Equal(SyncHealth.Off, SyncHealthRules.Judge(Row(enabled: false, failures: 9), s_now).Health);

    [Theory]
    [InlineData(-120, 0, WindowProblem.None)]
    [InlineData(-7 * 24 * 60, 0, WindowProblem.None)]
    [InlineData(-7 * 24 * 60 - 1, 0, WindowProblem.TooLong)]
    [InlineData(0, -60, WindowProblem.EndBeforeStart)]
    [InlineData(0, 0, WindowProblem.EndBeforeStart)]
    [InlineData(0, 60, WindowProblem.InFuture)]
    [InlineData(-60, 4, WindowProblem.None)]
    public void ReconcileWindow_Check(int fromMinutes, int toMinutes, WindowProblem expected) =>
        Assert.Equal(expected, ReconcileWindow.Check(s_now.AddMinutes(fromMinutes), s_now.AddMinutes(toMinutes), s_now));

    [Fact]
    public void ReconcileWindow_Missing() => Assert.Equal(WindowProblem.Missing, ReconcileWindow.Check(null, s_now, s_now));
}
