using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Orders;

/// <summary>What identifies an order across every delivery path: the platform's id within one shop.</summary>
public readonly record struct OrderKey(Platform Platform, string ShopCode, string PlatformOrderId)
{
    public static OrderKey Of(Platform platform, string shopCode, string platformOrderId)
    {
        if (string.IsNullOrWhiteSpace(shopCode)) throw new DomainRuleException("An order key needs a shop code.");
        if (string.IsNullOrWhiteSpace(platformOrderId)) throw new DomainRuleException("An order key needs the platform's order id.");
        return new OrderKey(platform, shopCode.Trim(), platformOrderId.Trim());
    }

    public override string ToString() => $"{Platform}/{ShopCode}/{PlatformOrderId}";
}
