namespace OrderDesk.Features.Admin;

/// <summary>Told after an admin saved, enabled or disabled a shop, so caches and schedules follow at once.</summary>
public interface IShopChangeListener
{
    Task ShopChangedAsync(long shopId, CancellationToken ct);
}
