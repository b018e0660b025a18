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
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.ProcessDueAsync(stoppingToken);
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The inbox worker failed; retrying after the poll interval");
                await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
