using System.Security.Claims;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Notifications;

/// <summary>The signed-in person reading notifications: their own and those addressed to one of their roles.</summary>
public sealed record NotificationReader(string UserId, IReadOnlyList<string> Roles)
{
    public static NotificationReader? Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? new NotificationReader(id, [.. Domain.Shared.Roles.All.Where(user.IsInRole)])
            : null;
}
