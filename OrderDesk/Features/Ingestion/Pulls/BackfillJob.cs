using Hangfire;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// Hourly safety net (A4, recurring job "backfill"): re-reads the last two hours of every enabled shop, web shop
/// included, without touching watermarks, and stores what the regular path missed. Safe to run twice: the inbox
/// ignores versions it already holds, and only orders with no trace at all count as backfilled.
/// </summary>
public sealed class BackfillJob(IDbContextFactory<OrderDeskDbContext> dbFactory, ShopPuller puller, ILogger<BackfillJob> logger)
{
    public const string Id = "backfill";

    [DisableConcurrentExecution(timeoutInSeconds: 10)]
    [AutomaticRetry(Attempts = 0)] // the next hour rescans the same two hours
    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var summary in await BackfillAsync(ct))
            logger.LogInformation("Backfill {Shop}: {Found} listed, {Missing} missing, {Stored} stored {Problem}",
                summary.ShopCode, summary.Found, summary.Missing, summary.Stored, summary.Problem);
    }

    public async Task<IReadOnlyList<BackfillSummary>> BackfillAsync(CancellationToken ct)
    {
        List<Shop> shops;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            shops = await db.Shops.AsNoTracking().Where(s => s.Enabled).OrderBy(s => s.Id).ToListAsync(ct);
        var summaries = new List<BackfillSummary>(shops.Count);
        foreach (var shop in shops)
        {
            try
            {
                summaries.Add(await puller.BackfillAsync(shop, ct));
            }
            catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One shop's trouble must not cost the other shops their backfill.
                logger.LogError(error, "Backfill of {Shop} failed", shop.Code);
                summaries.Add(new BackfillSummary(shop.Id, shop.Code, 0, 0, 0, $"failed: {error.Message}"));
            }
        }
        return summaries;
    }
}
