namespace OrderDesk.Features.Ingestion;

/// <summary>OrderDesk:Ingestion — how the gateway retries, batches and pulls.</summary>
public sealed class IngestionOptions
{
    public const string Section = "OrderDesk:Ingestion";

    /// <summary>Tries per message before a transient failure goes to quarantine.</summary>
    public int MaxAttempts { get; set; } = 3;
    public int RetryDelaySeconds { get; set; } = 30;
    /// <summary>Messages the worker takes per transaction.</summary>
    public int WorkerBatchSize { get; set; } = 200;
    /// <summary>Scheduled pulls and the hourly backfill; off leaves webhooks and the worker running.</summary>
    public bool PullsEnabled { get; set; } = true;
    /// <summary>Largest webhook body accepted (bytes).</summary>
    public int MaxWebhookBytes { get; set; } = 1024 * 1024;
}
