using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Pulls;

namespace OrderDesk.Features.Ingestion;

/// <summary>
/// A shop edit reaches the gateway immediately: the webhook endpoint forgets cached secrets and enabled flags,
/// and the pull schedules are re-synced (a disabled shop stops being pulled, a new one starts).
/// </summary>
public sealed class GatewayShopListener(WebhookShops webhookShops, PullSchedules schedules) : IShopChangeListener
{
    public async Task ShopChangedAsync(long shopId, CancellationToken ct)
    {
        webhookShops.Forget();
        await schedules.SyncSchedulesAsync(ct);
    }
}
