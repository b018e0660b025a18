namespace OrderDesk.Features.Ingestion.Screens;

public enum SyncHealth
{
    Healthy,
    Warning,
    Failing,
    /// <summary>The shop is disabled: nothing is expected of it.</summary>
    Off,
}

/// <summary>Why a shop is not healthy; the screen names each one.</summary>
public enum SyncConcern
{
    NeverSynced,
    Stale,
    VeryStale,
    Failing,
    RepeatedFailures,
    Paused,
    Quarantined,
    Backlog,
}

public sealed record SyncVerdict(SyncHealth Health, IReadOnlyList<SyncConcern> Concerns);

/// <summary>The health colour of one shop's sync, from its row alone (pure, so it is unit-tested without a database).</summary>
public static class SyncHealthRules
{
    /// <summary>Pulls run every few minutes; no success for this long means orders are late.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan VeryStaleAfter = TimeSpan.FromMinutes(30);
    public const int RepeatedFailures = 3;
    public const int LargeBacklog = 1_000;

    public static SyncVerdict Judge(SyncRow row, DateTimeOffset now)
    {
        if (!row.Enabled) return new SyncVerdict(SyncHealth.Off, []);
        var failing = new List<SyncConcern>();
        var warning = new List<SyncConcern>();
        if (!row.UsesWebhooks)
        {
            if (row.LastSuccessAt is not { } success) warning.Add(SyncConcern.NeverSynced);
            else if (now - success > VeryStaleAfter) failing.Add(SyncConcern.VeryStale);
            else if (now - success > StaleAfter) warning.Add(SyncConcern.Stale);
        }
        if (row.ConsecutiveFailures >= RepeatedFailures) failing.Add(SyncConcern.RepeatedFailures);
        else if (row.ConsecutiveFailures > 0) warning.Add(SyncConcern.Failing);
        if (row.IsPaused(now)) warning.Add(SyncConcern.Paused);
        if (row.Quarantined > 0) warning.Add(SyncConcern.Quarantined);
        if (row.Backlog > LargeBacklog) warning.Add(SyncConcern.Backlog);
        var health = failing.Count > 0 ? SyncHealth.Failing : warning.Count > 0 ? SyncHealth.Warning : SyncHealth.Healthy;
        return new SyncVerdict(health, [.. failing, .. warning]);
    }
}
