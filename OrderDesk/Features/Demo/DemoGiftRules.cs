using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>The demo brand's running promotions, over the demo catalogue's giveaway SKUs.</summary>
public static class DemoGiftRules
{
    public const string ToteBag = "GF01-CR-OS";
    public const string SampleSet = "GF02-3X5ML";
    public const string KeyChain = "GF03-GD-OS";

    public static IReadOnlyList<GiftRule> Build() =>
    [
        // A hand-written "VIP" in the seller memo is how the service desk promises a goodwill gift.
        new(new GiftRuleSpec("备注 VIP 加赠钥匙扣", 5, false, true, null, "", GiftAmountBasis.Paid, null, null, "", "", null,
            null, null, "VIP", KeyChain, 1)),
        new(new GiftRuleSpec("淘宝满 199 元送帆布袋", 10, false, true, Platform.Taobao, "", GiftAmountBasis.Paid,
            Money.FromYuan(199), null, "", "", null, null, null, "", ToteBag, 1)),
        new(new GiftRuleSpec("美妆每 2 件送小样", 20, false, true, null, "", GiftAmountBasis.Paid, null, null, "",
            DemoCatalog.Cosmetics, 2, null, null, "", SampleSet, 1)),
    ];
}
