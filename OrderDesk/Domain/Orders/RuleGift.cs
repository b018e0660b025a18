namespace OrderDesk.Domain.Orders;

/// <summary>A gift a rule decided to add: SKU master data plus the rule's name, kept on the line.</summary>
public sealed record RuleGift(string SkuCode, string Name, string VariantText, int Quantity, string RuleName);
