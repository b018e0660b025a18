namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// The one hosted service that drains the inbox (never a Hangfire job per order: Hangfire on SQLite manages
/// ~150 jobs/s). It wakes as soon as the writer signals new messages and otherwise polls every second, which
/// also picks up retries as they fall due.
/// </summary>
public sealed class InboxWorker(InboxProcessor processor, InboxSignal signal, ILogger<InboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up (migrations, demo seeding) finish before the first drain.
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await processor.ProcessDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The inbox worker failed; trying again after the poll interval");
                }
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; whatever is still pending stays in the inbox for the next start.
        }
    }
}
