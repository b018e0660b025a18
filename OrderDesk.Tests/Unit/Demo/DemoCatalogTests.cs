using OrderDesk.Features.Demo;

namespace OrderDesk.Tests.Unit.Demo;

public sealed class DemoCatalogTests
{
    [Fact]
    public void Skus_Generated_AtLeast300WithUniqueCodesAndValidUniqueBarcodes()
    {
        var skus = DemoCatalog.Skus();

        Assert.True(skus.Count >= 300, $"{skus.Count} SKUs");
        Assert.Equal(skus.Count, skus.Select(s => s.Sku.Code).Distinct().Count());
        Assert.Equal(skus.Count, skus.Select(s => s.Sku.Barcode).Distinct().Count());
        Assert.All(skus, s => Assert.True(Ean13.IsValid(s.Sku.Barcode), s.Sku.Barcode));
        Assert.All(skus, s => Assert.Matches("^[A-Z0-9-]+$", s.Sku.Code));
    }

    [Fact]
    public void Skus_Generated_EveryColourHasASwatchAndEveryCategoryAGlyphTile()
    {
        var skus = DemoCatalog.Skus();

        Assert.All(skus.Where(s => s.Sku.Color.Length > 0), s => Assert.True(SkuColors.IsKnown(s.Sku.Color), s.Sku.Color));
        Assert.True(skus.Select(s => s.Sku.Category).Distinct().Count() >= 8);
    }

    [Fact]
    public void Skus_GeneratedTwice_AreIdentical()
    {
        var first = DemoCatalog.Skus().Select(s => (s.Sku.Code, s.Sku.Barcode, s.Sku.Price, s.Sku.WeightGrams));
        var second = DemoCatalog.Skus().Select(s => (s.Sku.Code, s.Sku.Barcode, s.Sku.Price, s.Sku.WeightGrams));

        Assert.Equal(first, second);
    }
}
