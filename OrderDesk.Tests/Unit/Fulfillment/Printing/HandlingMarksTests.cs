using OrderDesk.Domain.Catalog;
using OrderDesk.Features.Fulfillment.Printing;

namespace OrderDesk.Tests.Unit.Fulfillment.Printing;

public sealed class HandlingMarksTests
{
    [Fact]
    public void For_FragileAndLiquid_FragileAlsoThisSideUpWithTheirCategories()
    {
        var marks = HandlingMarks.For([
            ("Glassware", HandlingFlags.Fragile),
            ("Skincare", HandlingFlags.Liquid | HandlingFlags.ThisSideUp),
            ("Apparel", HandlingFlags.None),
        ]);

        Assert.Equal([HandlingFlags.Fragile, HandlingFlags.ThisSideUp, HandlingFlags.Liquid], marks.Select(m => m.Flag));
        Assert.Equal(["Glassware"], marks[0].Categories);
        Assert.Equal(["Glassware", "Skincare"], marks[1].Categories);
    }

    [Fact]
    public void For_NothingSpecial_NoMarks() =>
        Assert.Empty(HandlingMarks.For([("Apparel", HandlingFlags.None)]));

    [Theory]
    [InlineData("a4", SlipPaper.A4)]
    [InlineData("A5", SlipPaper.A5)]
    [InlineData("7", SlipPaper.A6)]
    [InlineData(null, SlipPaper.A6)]
    public void Slip_SizeFromQuery_ByNameOnly(string? size, SlipPaper expected) =>
        Assert.Equal(expected, PaperSizes.Slip(size));
}
