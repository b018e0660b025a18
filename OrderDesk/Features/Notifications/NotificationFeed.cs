namespace OrderDesk.Features.Notifications;

/// <summary>Who just received notifications: open circuits of these users (or of anyone in these roles) refresh.</summary>
public sealed record NotificationsPublished(IReadOnlySet<string> UserIds, IReadOnlySet<string> Roles)
{
    public bool Concerns(NotificationReader reader) =>
        UserIds.Contains(reader.UserId) || reader.Roles.Any(Roles.Contains);
}

/// <summary>
/// The in-process feed the bell and the notifications page listen to. Senders call <see cref="Published"/> after
/// their notifications are saved; handlers run on the sender's thread and must only schedule a render.
/// A handler that throws is logged and ignored, never the sender's problem.
/// </summary>
public sealed class NotificationFeed(ILogger<NotificationFeed> logger)
{
    private readonly Lock _gate = new();
    private Action<NotificationsPublished>[] _handlers = [];

    public IDisposable Subscribe(Action<NotificationsPublished> handler)
    {
        lock (_gate) _handlers = [.. _handlers, handler];
        return new Subscription(this, handler);
    }

    public void Published(IEnumerable<string> userIds, IEnumerable<string> roles)
    {
        var change = new NotificationsPublished(userIds.ToHashSet(StringComparer.Ordinal), roles.ToHashSet(StringComparer.Ordinal));
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                handler(change);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A notification subscriber failed");
            }
        }
    }

    private void Unsubscribe(Action<NotificationsPublished> handler)
    {
        lock (_gate) _handlers = [.. _handlers.Where(h => h != handler)];
    }

    private sealed class Subscription(NotificationFeed owner, Action<NotificationsPublished> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
