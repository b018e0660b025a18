using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Demo;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class DemoGiftRulesTests
{
    [Fact]
    public void Build_EveryRuleGivesACatalogueGiftAndNamesAreUnique()
    {
        var skus = DemoCatalog.Skus().ToDictionary(s => s.Sku.Code);
        var rules = DemoGiftRules.Build();

        Assert.All(rules, r => Assert.Equal(DemoCatalog.Gifts, skus[r.GiftSkuCode].Sku.Category));
        Assert.All(rules, r => Assert.Empty(GiftRule.Check(r.Spec)));
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(rules, r => r.Category.Length > 0 && skus.Values.Any(s => s.Sku.Category == r.Category));
    }
}
