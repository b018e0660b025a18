using OrderDesk.Domain.Ingestion;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>Puts one page of pulled orders into the inbox (new versions only); the writer counts them and wakes the worker.</summary>
public sealed class PulledOrderStore(WindowReader reader, InboxWriter inbox, TimeProvider clock)
{
    /// <summary>One inbox message per order version: the same version pulled twice (overlap, backfill) is stored once.</summary>
    public static string MessageKey(ShopConnection shop, PulledOrder order) =>
        $"{shop.Platform}:{shop.ShopCode}:{order.PlatformOrderId}:{order.ModifiedAt.UtcTicks}";

    /// <summary>
    /// Reads one window backwards and stores each page before the next is asked for; <paramref name="afterStore"/>
    /// sees each page with the keys that were new. Returns how many messages were new.
    /// </summary>
    public async Task<int> StoreWindowAsync(PullTarget target, PullWindow window, MessageSource source,
        Func<IReadOnlyList<PulledOrder>, IReadOnlySet<string>, CancellationToken, Task>? afterStore, CancellationToken ct)
    {
        var stored = 0;
        await reader.ReadAsync(target, window, async (orders, token) =>
        {
            var fresh = await StoreAsync(target.Connection, orders, source, token);
            stored += fresh.Count;
            if (afterStore is not null) await afterStore(orders, fresh, token);
        }, ct);
        return stored;
    }

    /// <summary>Returns the message keys that were new.</summary>
    public async Task<IReadOnlySet<string>> StoreAsync(ShopConnection shop, IReadOnlyList<PulledOrder> orders,
        MessageSource source, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var topic = source == MessageSource.Backfill ? "backfill" : "pull";
        var messages = orders
            .Select(o => new InboxMessage(MessageKey(shop, o), shop.Platform, shop.ShopId, shop.ShopCode, source, topic,
                o.PlatformOrderId, o.Payload, now))
            .ToList();
        var fresh = await inbox.AppendAsync(messages, ct);
        return fresh;
    }
}
