using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Notifications;

/// <summary>A message for one user or everyone in a role, shown in the notification centre.</summary>
public sealed class Notification
{
    public long Id { get; private set; }
    public string? RecipientUserId { get; private set; }
    public string? RecipientRole { get; private set; }
    public NotificationSeverity Severity { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string Link { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    private Notification() { }

    public static Notification ToUser(string userId, NotificationSeverity severity, string title, string body, string link, DateTimeOffset now) =>
        new() { RecipientUserId = userId, Severity = severity, Title = Require(title), Body = body, Link = link, CreatedAt = now };

    public static Notification ToRole(string role, NotificationSeverity severity, string title, string body, string link, DateTimeOffset now) =>
        new() { RecipientRole = role, Severity = severity, Title = Require(title), Body = body, Link = link, CreatedAt = now };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    private static string Require(string title) =>
        string.IsNullOrWhiteSpace(title) ? throw new DomainRuleException("A notification needs a title.") : title;
}

public enum NotificationSeverity
{
    Info,
    Warning,
    Critical,
}
