using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Customers;

/// <summary>A buyer as one platform knows them; counters feed refund and carrier decisions.</summary>
public sealed class Customer : IAudited
{
    public long Id { get; private set; }
    public Platform Platform { get; private set; }
    public string BuyerId { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public CustomerTier Tier { get; private set; }
    public int OrderCount { get; private set; }
    public int RefundCount { get; private set; }
    public int DisputeCount { get; private set; }

    private Customer() { }

    public Customer(Platform platform, string buyerId, string displayName, CustomerTier tier)
    {
        if (string.IsNullOrWhiteSpace(buyerId)) throw new DomainRuleException("A customer needs the platform's buyer id.");
        Platform = platform;
        BuyerId = buyerId;
        DisplayName = displayName;
        Tier = tier;
    }

    public void CountOrder() => OrderCount++;

    public void CountRefund() => RefundCount++;

    public void CountDispute() => DisputeCount++;

    public void ChangeTier(CustomerTier tier) => Tier = tier;
}
