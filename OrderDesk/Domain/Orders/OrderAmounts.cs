using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Orders;

/// <summary>What the buyer owed and paid. Paid = goods + shipping − discount, checked on creation.</summary>
public sealed record OrderAmounts(Money Goods, Money Shipping, Money Discount, Money Paid)
{
    public static OrderAmounts Of(Money goods, Money shipping, Money discount) =>
        new(goods, shipping, discount, goods + shipping - discount);
}
