using OrderDesk.Features.Ingestion.Pulls;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>The stand-in until the pull scheduler is bound: says "not available" rather than pretending to pull.</summary>
public sealed class UnavailableSyncActions : ISyncActions
{
    public Task<PullNowOutcome> PullNowAsync(long shopId, CancellationToken ct) => Task.FromResult(PullNowOutcome.NotAvailable);

    public Task<ReconciliationResult> ReconcileAsync(long shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Task.FromException<ReconciliationResult>(new SyncActionUnavailableException());
}
