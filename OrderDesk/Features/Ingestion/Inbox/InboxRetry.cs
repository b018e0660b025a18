using OrderDesk.Domain.Ingestion;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>The retry policy for transient failures: the configured delay plus 0–20 % jitter, so a burst that failed together does not retry together.</summary>
public static class InboxRetry
{
    public static DateTimeOffset NextAttempt(DateTimeOffset now, IngestionOptions options) =>
        now + TimeSpan.FromSeconds(options.RetryDelaySeconds * (1 + Random.Shared.NextDouble() * 0.2));

    public static void Fail(InboxMessage message, string error, DateTimeOffset now, IngestionOptions options) =>
        message.Fail(Truncate(error), now, NextAttempt(now, options), options.MaxAttempts);

    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000];
}
