using OrderDesk.Features.Ingestion.Pulls;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>
/// What the sync screens ask the pull scheduler to do. The screens are built before the scheduler, so
/// <see cref="ScreensSetup"/> registers <see cref="UnavailableSyncActions"/>; the integrator replaces it with
/// one that calls <c>ShopPuller.RequestPullNow</c> and <c>Reconciliation.RunAsync</c>.
/// </summary>
public interface ISyncActions
{
    /// <summary>Asks for an immediate incremental pull of one shop; does not wait for the pull to finish.</summary>
    Task<PullNowOutcome> PullNowAsync(long shopId, CancellationToken ct);

    /// <summary>Compares the platform's orders in [from, to) with the stored ones.</summary>
    /// <exception cref="SyncActionUnavailableException">No reconciliation service is bound in this build.</exception>
    Task<ReconciliationResult> ReconcileAsync(long shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}

public enum PullNowOutcome
{
    /// <summary>The pull was queued or started.</summary>
    Requested,
    /// <summary>A pull of this shop is running already; the request was folded into it.</summary>
    AlreadyRunning,
    /// <summary>The shop is paused (rate limit or repeated failures) or disabled.</summary>
    Refused,
    /// <summary>No pull scheduler is bound in this build.</summary>
    NotAvailable,
}

public sealed class SyncActionUnavailableException() : Exception("No reconciliation service is bound.");
