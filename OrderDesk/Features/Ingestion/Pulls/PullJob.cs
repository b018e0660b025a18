using Hangfire;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>The every-minute Hangfire entry point of one shop's pull (recurring job "pull:{shopCode}").</summary>
public sealed class PullJob(ShopPuller puller)
{
    // One lock per shop across Hangfire workers (the format takes the job's arguments); the puller's own
    // per-shop gate covers calls from outside Hangfire.
    [DisableConcurrentExecution("pull:{0}", 10)]
    [AutomaticRetry(Attempts = 0)] // the next minute's run resumes from the watermark
    public async Task RunAsync(long shopId, CancellationToken ct) => await puller.PullAsync(shopId, ct);
}
