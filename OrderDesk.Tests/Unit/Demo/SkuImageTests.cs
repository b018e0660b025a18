using System.Xml.Linq;
using OrderDesk.Features.Demo;

namespace OrderDesk.Tests.Unit.Demo;

public sealed class SkuImageTests
{
    [Fact]
    public void Render_EveryDemoSku_IsWellFormedSvgInItsColour()
    {
        foreach (var sku in DemoCatalog.Skus().Select(s => s.Sku))
        {
            var svg = XDocument.Parse(SkuImage.Render(sku.Category, sku.Color, sku.Size));

            Assert.Equal("svg", svg.Root!.Name.LocalName);
            if (sku.Color.Length > 0) Assert.Contains(SkuColors.HexOf(sku.Color, ""), svg.ToString());
        }
    }

    [Fact]
    public void Render_MarkupInNames_IsEscaped()
    {
        var svg = SkuImage.Render("<script>", "a&b", "<XL>");

        var document = XDocument.Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains("<XL>", document.Root!.Value);
    }

    [Theory]
    [InlineData("黑色", "#ffffff")]
    [InlineData("白色", "#1f2937")]
    public void Render_DarkOrLightSwatch_InkContrasts(string color, string ink) =>
        Assert.Contains($"fill=\"{ink}\"", SkuImage.Render(DemoCatalog.Apparel, color, "M"));

    [Fact]
    public void HexOf_UnknownColour_StableSwatch()
    {
        Assert.Equal(SkuColors.HexOf("极光绿", "#000000"), SkuColors.HexOf("极光绿", "#000000"));
        Assert.Equal("#000000", SkuColors.HexOf("", "#000000"));
    }
}
