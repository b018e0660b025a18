namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>Wakes the inbox worker as soon as something was stored, so it can wait long between polls.</summary>
public sealed class InboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // Many notifications before the worker wakes collapse into one: the worker drains everything anyway.
        try { _signal.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>True when notified, false when the timeout passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
