using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Orders;

/// <summary>One SKU on an order; gift lines are free items that must still be picked and checked.</summary>
public sealed class OrderLine
{
    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string VariantText { get; private set; } = "";
    public int Quantity { get; private set; }
    public Money UnitPrice { get; private set; }
    public bool IsGift { get; private set; }
    /// <summary>The gift rule that added this line; empty for lines that came with the platform's order.</summary>
    public string AddedByRule { get; private set; } = "";

    public bool IsRuleGift => AddedByRule.Length > 0;

    public Money Total => UnitPrice * Quantity;

    private OrderLine() { }

    public OrderLine(string skuCode, string name, string variantText, int quantity, Money unitPrice, bool isGift)
    {
        if (string.IsNullOrWhiteSpace(skuCode)) throw new DomainRuleException("An order line needs a SKU code.");
        if (quantity <= 0) throw new DomainRuleException($"Quantity of {skuCode} must be positive, not {quantity}.");
        if (unitPrice.Fen < 0) throw new DomainRuleException($"Unit price of {skuCode} cannot be negative.");
        SkuCode = skuCode;
        Name = name;
        VariantText = variantText;
        Quantity = quantity;
        UnitPrice = isGift ? Money.Zero : unitPrice;
        IsGift = isGift;
    }

    /// <summary>A free line a gift rule adds; it must be picked and checked like any other.</summary>
    public static OrderLine RuleGift(string skuCode, string name, string variantText, int quantity, string ruleName)
    {
        if (string.IsNullOrWhiteSpace(ruleName)) throw new DomainRuleException($"Gift line {skuCode} needs the rule that added it.");
        return new OrderLine(skuCode, name, variantText, quantity, Money.Zero, isGift: true) { AddedByRule = ruleName.Trim() };
    }
}
