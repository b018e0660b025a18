using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Features.Ingestion.Screens;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>The sync screens' buttons, bound to the real pull scheduler and reconciliation.</summary>
public sealed class PullSyncActions(
    IDbContextFactory<OrderDeskDbContext> dbFactory, ShopPuller puller, Reconciliation reconciliation, TimeProvider clock)
    : ISyncActions
{
    public async Task<PullNowOutcome> PullNowAsync(long shopId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shop = await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopId, ct);
        var state = await db.ShopSyncStates.AsNoTracking().SingleOrDefaultAsync(s => s.ShopId == shopId, ct);
        if (shop is not { Enabled: true } || state?.IsPaused(clock.GetUtcNow()) == true) return PullNowOutcome.Refused;
        puller.RequestPullNow(shopId);
        return PullNowOutcome.Requested;
    }

    public Task<ReconciliationResult> ReconcileAsync(long shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        reconciliation.RunAsync(shopId, from, to, ct);
}
