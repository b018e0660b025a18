namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>What one committed worker batch changed: the shops whose orders were created or updated.</summary>
public sealed record OrdersChanged(IReadOnlySet<long> ShopIds, int Created, int Updated, DateTimeOffset At);

/// <summary>
/// The in-process change feed: the inbox worker publishes after each committed batch, live screens
/// subscribe and re-render at their own bounded rate. Handlers run on the worker's thread and must be quick
/// (typically an <c>InvokeAsync</c> that schedules a render); one that throws is ignored, never the worker's problem.
/// </summary>
public sealed class IngestionEvents(ILogger<IngestionEvents> logger)
{
    private readonly Lock _gate = new();
    private Action<OrdersChanged>[] _handlers = [];

    public IDisposable Subscribe(Action<OrdersChanged> handler)
    {
        lock (_gate) _handlers = [.. _handlers, handler];
        return new Subscription(this, handler);
    }

    public void Publish(OrdersChanged change)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                handler(change);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "An orders-changed subscriber failed");
            }
        }
    }

    private void Unsubscribe(Action<OrdersChanged> handler)
    {
        lock (_gate) _handlers = [.. _handlers.Where(h => h != handler)];
    }

    private sealed class Subscription(IngestionEvents owner, Action<OrdersChanged> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
