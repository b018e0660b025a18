using OrderDesk.Domain.Notifications;

namespace OrderDesk.Features.Notifications;

public sealed record NotificationQuery(bool UnreadOnly = false, NotificationSeverity? Severity = null, int Page = 1, int PageSize = 20);

public sealed record NotificationRow(long Id, NotificationSeverity Severity, string Title, string Body, string Link,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

public sealed record NotificationPage(IReadOnlyList<NotificationRow> Rows, int Total, int Page, int PageSize);
