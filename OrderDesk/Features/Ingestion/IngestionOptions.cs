namespace OrderDesk.Features.Ingestion;

/// <summary>OrderDesk:Ingestion — how the gateway retries, batches and pulls.</summary>
public sealed class IngestionOptions
{
    public const string Section = "OrderDesk:Ingestion";

    /// <summary>Tries per message before a transient failure goes to quarantine.</summary>
    public int MaxAttempts { get; set; } = 3;
    public int RetryDelaySeconds { get; set; } = 30;
    /// <summary>Messages the worker reads and maps per round (outside the write lock).</summary>
    public int WorkerBatchSize { get; set; } = 500;
    /// <summary>
    /// Messages per write transaction. A transaction holds SQLite's single write lock, which webhook deliveries
    /// wait for: small transactions let their group commits in between, at a small cost in drain speed.
    /// </summary>
    public int WorkerTransactionSize { get; set; } = 50;
    /// <summary>
    /// Share of its time the worker works while deliveries arrive (0–1): after each short transaction it pauses so
    /// that webhook acknowledgements get the CPU first. 1: never pauses. The backlog is drained at full speed once
    /// deliveries stop.
    /// </summary>
    public double WorkerShareUnderLoad { get; set; } = 0.2;
    /// <summary>Scheduled pulls and the hourly backfill; off leaves webhooks and the worker running.</summary>
    public bool PullsEnabled { get; set; } = true;
    /// <summary>
    /// How often each shop is pulled (Hangfire cron; a sixth, leading field counts seconds, e.g. "*/10 * * * * *").
    /// Every minute keeps well inside each platform's quota.
    /// </summary>
    public string PullCron { get; set; } = "* * * * *";
    /// <summary>When the backfill re-reads the last two hours of every shop (Hangfire cron); hourly by default.</summary>
    public string BackfillCron { get; set; } = "0 * * * *";
    /// <summary>Largest webhook body accepted (bytes).</summary>
    public int MaxWebhookBytes { get; set; } = 1024 * 1024;
}
