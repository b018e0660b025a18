namespace OrderDesk.Domain.Ingestion;

/// <summary>
/// Where a shop's incremental pull stands: the platform modification time up to which every order is
/// safely in the inbox, and how the last attempts went.
/// </summary>
public sealed class ShopSyncState
{
    public long ShopId { get; private set; }
    /// <summary>Everything the platform modified before this instant is stored. Moves only after a page is stored.</summary>
    public DateTimeOffset? Watermark { get; private set; }
    public DateTimeOffset? LastPullAt { get; private set; }
    public DateTimeOffset? LastSuccessAt { get; private set; }
    public DateTimeOffset? LastErrorAt { get; private set; }
    public string LastError { get; private set; } = "";
    public DateTimeOffset? PausedUntil { get; private set; }
    public int ConsecutiveFailures { get; private set; }

    private ShopSyncState() { }

    public ShopSyncState(long shopId, DateTimeOffset? watermark = null)
    {
        ShopId = shopId;
        Watermark = watermark?.ToUniversalTime();
    }

    public bool IsPaused(DateTimeOffset now) => PausedUntil is { } until && until > now;

    /// <summary>Never moves backwards: a late, smaller value from an overlapping pull is ignored.</summary>
    public void AdvanceTo(DateTimeOffset watermark)
    {
        if (Watermark is null || watermark > Watermark) Watermark = watermark.ToUniversalTime();
    }

    public void Started(DateTimeOffset at) => LastPullAt = at.ToUniversalTime();

    public void Succeeded(DateTimeOffset at)
    {
        LastSuccessAt = at.ToUniversalTime();
        ConsecutiveFailures = 0;
    }

    public void Failed(string error, DateTimeOffset at)
    {
        LastError = error;
        LastErrorAt = at.ToUniversalTime();
        ConsecutiveFailures++;
    }

    public void PauseUntil(DateTimeOffset until) => PausedUntil = until.ToUniversalTime();
}
