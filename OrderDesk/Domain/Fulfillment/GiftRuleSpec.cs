using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>Which of an order's amounts a gift rule's amount range is compared with.</summary>
public enum GiftAmountBasis
{
    /// <summary>What the buyer paid (after discounts, with shipping).</summary>
    Paid,
    /// <summary>The goods' list total before discounts and shipping.</summary>
    Goods,
}

/// <summary>
/// Every setting of a <see cref="GiftRule"/> at once. Empty strings and nulls mean "any": a rule with no
/// conditions gives its gift to every order.
/// </summary>
/// <param name="Priority">Lower runs first; equal priorities run by name.</param>
/// <param name="StopFurtherRules">When this rule gives a gift, rules after it are not evaluated.</param>
/// <param name="MinAmount">Inclusive lower bound.</param>
/// <param name="MaxAmount">Exclusive upper bound.</param>
/// <param name="SkuCode">Only lines of this SKU qualify (exact code).</param>
/// <param name="Category">Only lines of this catalogue category qualify.</param>
/// <param name="PerUnits">"1 gift per N units": gifts = floor(qualifying units / N) × gift quantity. Null: one gift quantity per order.</param>
/// <param name="ValidFrom">Inclusive; compared with the order's platform creation time.</param>
/// <param name="ValidUntil">Exclusive; compared with the order's platform creation time.</param>
/// <param name="MemoKeyword">The seller memo must contain it (case-insensitive).</param>
public sealed record GiftRuleSpec(
    string Name,
    int Priority,
    bool StopFurtherRules,
    bool Enabled,
    Platform? Platform,
    string ShopCode,
    GiftAmountBasis AmountBasis,
    Money? MinAmount,
    Money? MaxAmount,
    string SkuCode,
    string Category,
    int? PerUnits,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    string MemoKeyword,
    string GiftSkuCode,
    int GiftQuantity);

/// <summary>Why a gift rule's settings were refused; keyed by the <see cref="GiftRuleSpec"/> field it concerns.</summary>
public enum GiftRuleProblem
{
    NameRequired,
    NameTooLong,
    NameTaken,
    AmountNegative,
    AmountRangeReversed,
    PerUnitsNotPositive,
    DateRangeReversed,
    GiftSkuRequired,
    GiftSkuUnknown,
    GiftQuantityNotPositive,
    TextTooLong,
}
