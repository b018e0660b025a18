using OrderDesk.Features.Fulfillment.Printing.Barcodes;
using ZXing;

namespace OrderDesk.Tests.Unit.Fulfillment.Printing;

public sealed class Ean13SvgTests
{
    [Fact]
    public void Modules_KnownCode_GuardsParityAndRightHalf()
    {
        // 4006381333931: first digit 4 → parity LGLLGG for 006381; right half 333931 in the R set.
        var modules = Ean13Svg.Modules("4006381333931");

        Assert.Equal(95, modules.Length);
        Assert.Equal(
            "101" + "0001101" + "0100111" + "0101111" + "0111101" + "0001001" + "0110011"
            + "01010" + "1000010" + "1000010" + "1000010" + "1110100" + "1000010" + "1100110" + "101",
            modules);
    }

    [Fact]
    public void Modules_WrongCheckDigit_Throws() =>
        Assert.Throws<ArgumentException>(() => Ean13Svg.Modules("4006381333932"));

    // Every leading digit, since each picks its own parity pattern (Chinese goods all start with 6).
    [Theory]
    [InlineData("4006381333931")]
    [InlineData("6901234567892")]
    [InlineData("0012345678905")]
    [InlineData("1234567890128")]
    [InlineData("2000000000008")]
    [InlineData("3000000000007")]
    [InlineData("5012345678900")]
    [InlineData("7501031311309")]
    [InlineData("8001234567897")]
    [InlineData("9780201379624")]
    public void Svg_DecodedByZxing_GivesTheCodeBack(string code)
    {
        var svg = Ean13Svg.Svg(code);

        var result = SvgRaster.Decode(svg, BarcodeFormat.EAN_13);

        Assert.NotNull(result);
        Assert.Equal(code, result.Text);
        Assert.Contains(">" + code[7..] + "</text>", svg);
    }
}
