namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// Wakes the inbox worker as soon as something was committed to the inbox, so a webhook is processed in
/// milliseconds rather than at the next poll. Many notifications before the worker wakes collapse into one.
/// </summary>
public sealed class InboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet consumed: one wake-up drains everything.
        }
    }

    /// <summary>True if signalled, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _pending.WaitAsync(timeout, ct);
}
