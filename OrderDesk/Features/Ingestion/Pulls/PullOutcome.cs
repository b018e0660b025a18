namespace OrderDesk.Features.Ingestion.Pulls;

public enum PullResult
{
    /// <summary>Every window up to now minus the safety lag is stored.</summary>
    CaughtUp,
    /// <summary>This run's window budget ran out; the next run continues from the watermark.</summary>
    Behind,
    NotFound,
    Disabled,
    /// <summary>Paused after a rate limit; nothing was called.</summary>
    Paused,
    /// <summary>Another pull of this shop is running in this process.</summary>
    AlreadyRunning,
    /// <summary>The platform limited us: the shop is paused, the watermark stays where the last stored window left it.</summary>
    RateLimited,
    Failed,
}

/// <summary>What one pull run did: windows fully stored, new inbox messages, where the watermark ended.</summary>
public sealed record PullOutcome(PullResult Result, int Windows, int Stored, DateTimeOffset? Watermark, string Message = "");
