namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>How long a shop rests after a rate limit: what the platform said, plus up to 20 % jitter.</summary>
public static class RateLimitPause
{
    /// <summary>Used when the platform names no time.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);
    public const double MaxJitter = 0.2;

    // Jitter keeps shops limited together from all coming back in the same second and tripping the limit again.
    public static DateTimeOffset Until(DateTimeOffset now, TimeSpan? retryAfter, Random random)
    {
        var wait = retryAfter is { } given && given > TimeSpan.Zero ? given : DefaultRetryAfter;
        return now + wait + wait * (MaxJitter * random.NextDouble());
    }
}
