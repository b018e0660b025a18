using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// Keeps Hangfire's recurring jobs in step with the shops table: one "pull:{shopCode}" per enabled
/// Taobao/Tmall, JD and Pinduoduo shop (the web shop pushes webhooks) on OrderDesk:Ingestion:PullCron, and the hourly "backfill". One job per shop
/// schedule, never one per order. Call <see cref="SyncSchedulesAsync"/> after a shop is added, edited or switched.
/// </summary>
public sealed class PullSchedules(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    IRecurringJobManager recurringJobs,
    JobStorage storage,
    IngestionOptions options)
{
    public const string PullPrefix = "pull:";

    public static string JobIdFor(string shopCode) => PullPrefix + shopCode;

    public static bool IsPulled(Platform platform) => platform != Platform.WebShop;

    public async Task SyncSchedulesAsync(CancellationToken ct = default)
    {
        var wanted = new Dictionary<string, long>(StringComparer.Ordinal);
        if (options.PullsEnabled)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var shops = await db.Shops.AsNoTracking().Where(s => s.Enabled)
                .Select(s => new { s.Id, s.Code, s.Platform }).ToListAsync(ct);
            foreach (var shop in shops.Where(s => IsPulled(s.Platform))) wanted[JobIdFor(shop.Code)] = shop.Id;
        }

        using (var connection = storage.GetConnection())
        {
            foreach (var job in connection.GetRecurringJobs())
                if (job.Id.StartsWith(PullPrefix, StringComparison.Ordinal) && !wanted.ContainsKey(job.Id))
                    recurringJobs.RemoveIfExists(job.Id);
        }
        foreach (var (jobId, shopId) in wanted)
            recurringJobs.AddOrUpdate<PullJob>(jobId, j => j.RunAsync(shopId, CancellationToken.None), options.PullCron);

        if (options.PullsEnabled)
            recurringJobs.AddOrUpdate<BackfillJob>(BackfillJob.Id, j => j.RunAsync(CancellationToken.None), options.BackfillCron);
        else
            recurringJobs.RemoveIfExists(BackfillJob.Id);
    }
}
