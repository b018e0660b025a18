using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class CarrierFactsTests
{
    private static Sku Sku(string code, int grams, (int, int, int) mm, HandlingFlags handling) =>
        new(code, code + "-BAR", code, "", "", "test", handling, grams, mm, new Money(10_00));

    [Fact]
    public void Measure_SumsLinesTimesQuantityPlusPackaging_AndOrsFlags()
    {
        var cup = Sku("CUP", 300, (100, 100, 120), HandlingFlags.Fragile);
        var soap = Sku("SOAP", 250, (80, 50, 30), HandlingFlags.Liquid);

        var facts = CarrierFacts.Measure("西藏自治区", "拉萨市",
            [("CUP", cup, 2), ("SOAP", soap, 3), ("GONE", null, 1)], null, new Money(88_00), 80, RegionCatalog.Load());

        Assert.Equal(80 + 2 * 300 + 3 * 250, facts.WeightGrams);
        Assert.Equal(2 * 1_200 + 3 * 120, facts.VolumeCm3);
        Assert.Equal(HandlingFlags.Fragile | HandlingFlags.Liquid, facts.Handling);
        Assert.Equal(CustomerTier.Regular, facts.Tier); // no customer
        Assert.True(facts.Remote);
        Assert.Equal(["GONE"], facts.UnmeasuredSkuCodes);
    }

    [Fact]
    public void Measure_PartCubicCentimetre_RoundsUp()
    {
        var pin = Sku("PIN", 1, (10, 10, 11), HandlingFlags.None); // 1.1 cm³

        var facts = CarrierFacts.Measure("上海市", "上海市", [("PIN", pin, 1)], CustomerTier.Gold, Money.Zero, 0, RegionCatalog.Load());

        Assert.Equal(2, facts.VolumeCm3);
        Assert.False(facts.Remote);
        Assert.Equal(CustomerTier.Gold, facts.Tier);
    }
}
