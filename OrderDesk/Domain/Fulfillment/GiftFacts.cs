using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>What gift rules look at in an order.</summary>
/// <param name="CreatedAt">The platform's creation time of the order (date ranges compare with it).</param>
public sealed record GiftFacts(
    Platform Platform,
    string ShopCode,
    Money PaidAmount,
    Money GoodsAmount,
    IReadOnlyList<GiftFactLine> Lines,
    string SellerMemo,
    DateTimeOffset CreatedAt);

/// <summary>An order line as gift rules see it; gift lines (from the platform or a rule) never qualify for more gifts.</summary>
public sealed record GiftFactLine(string SkuCode, string Category, int Quantity, bool IsGift);
