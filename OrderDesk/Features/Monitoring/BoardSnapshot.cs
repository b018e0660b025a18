using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Screens;

namespace OrderDesk.Features.Monitoring;

public enum BoardRange
{
    Hour,
    Day,
    Week,
}

/// <summary>Everything the monitoring board shows, computed once for every open board (see <see cref="BoardSnapshots"/>).</summary>
public sealed record BoardSnapshot(
    DateTimeOffset At,
    BoardKpis Kpis,
    IReadOnlyDictionary<BoardRange, InflowSeries> Inflow,
    IReadOnlyList<BoardShopRow> Shops);

/// <summary>Today (since midnight in the business time zone) and right now.</summary>
public sealed record BoardKpis(
    int ReceivedToday, int PullsToday, int FailuresToday, int Backlog, int Quarantined, int BackfilledToday, int? OpenAlerts)
{
    public const double SuccessTarget = 0.998;

    /// <summary>1 − failures / (messages received + pulls); null before anything happened today.</summary>
    public double? SuccessRate => ReceivedToday + PullsToday == 0
        ? null
        : Math.Max(0, 1 - (double)FailuresToday / (ReceivedToday + PullsToday));

    public bool MeetsTarget => SuccessRate is not { } rate || rate >= SuccessTarget;
}

/// <summary>Messages received per platform per bucket; bucket starts are UTC.</summary>
public sealed record InflowSeries(TimeSpan Bucket, IReadOnlyList<DateTimeOffset> Starts, IReadOnlyDictionary<Platform, int[]> Counts);

public sealed record BoardShopRow(
    SyncRow Sync, SyncVerdict Verdict,
    int ReceivedLastHour, int FailuresLastHour, int BackfilledToday, double? AvgLatencyMs, LatencyP95? P95)
{
    public int AttemptsLastHour => ReceivedLastHour + Sync.PullsLastHour;

    public double? FailureRate => AttemptsLastHour == 0 ? null : (double)FailuresLastHour / AttemptsLastHour;
}

/// <summary>The histogram bucket holding the 95th percentile: "at most <see cref="BoundMs"/>", or above the last bound.</summary>
public readonly record struct LatencyP95(long BoundMs, bool Above);
