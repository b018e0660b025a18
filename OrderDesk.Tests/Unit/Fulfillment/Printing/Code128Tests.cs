using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Fulfillment.Printing.Barcodes;
using ZXing;

namespace OrderDesk.Tests.Unit.Fulfillment.Printing;

public sealed class Code128Tests
{
    [Fact]
    public void Encode_OrderBarcode_SetBThenSetCForTheDigits()
    {
        // Start B, 'O' 47, 'D' 36, switch to C, 00 00 01 23, checksum, stop.
        // (104 + 47·1 + 36·2 + 99·3 + 0·4 + 0·5 + 1·6 + 23·7) mod 103 = 687 mod 103 = 69
        Assert.Equal([104, 47, 36, 99, 0, 0, 1, 23, 69, 106], Code128.Encode(WaveOrder.BarcodeOf(123)));
    }

    [Fact]
    public void Encode_PublishedExample_ChecksumMatches()
    {
        // Wikipedia's worked example "PJJ123C": 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879, mod 103 = 55.
        // All in set B: a three-digit run inside the text is not worth two switches.
        var values = Code128.Encode("PJJ123C");

        Assert.Equal([104, 48, 42, 42, 17, 18, 19, 35, 55, 106], values);
    }

    [Theory]
    [InlineData("123456", new[] { 105, 12, 34, 56 })]
    [InlineData("12345", new[] { 104, 17, 99, 23, 45 })]
    [InlineData("AB1234567890CD", new[] { 104, 33, 34, 99, 12, 34, 56, 78, 90, 100, 35, 36 })]
    [InlineData("A12B", new[] { 104, 33, 17, 18, 34 })]
    public void Encode_DigitRuns_UseSetCOnlyWhenItIsShorter(string text, int[] startAndData)
    {
        var values = Code128.Encode(text);

        Assert.Equal(startAndData, values.Take(values.Count - 2));
        Assert.Equal(Code128.Checksum(startAndData), values[^2]);
    }

    [Fact]
    public void Widths_EverySymbol_ElevenModulesAndUnique()
    {
        Assert.Equal(107, Code128.Widths.Length);
        Assert.All(Code128.Widths.Take(106), w => Assert.Equal(11, w.Sum(c => c - '0')));
        Assert.Equal(13, Code128.Widths[Code128.Stop].Sum(c => c - '0'));
        Assert.Equal(107, Code128.Widths.Distinct().Count());
    }

    [Theory]
    [InlineData("OD00000123")]
    [InlineData("OD98765432")]
    [InlineData("SKU-TEE-RED-XL")]
    [InlineData("1234567890")]
    [InlineData("x7")]
    public void Svg_DecodedByZxing_GivesTheTextBack(string text)
    {
        var svg = Code128.Svg(text);

        var result = SvgRaster.Decode(svg, BarcodeFormat.CODE_128);

        Assert.NotNull(result);
        Assert.Equal(text, result.Text);
        Assert.Contains("shape-rendering=\"crispEdges\"", svg);
        Assert.Contains($">{text}</text>", svg);
    }

    [Fact]
    public void Encode_NonPrintable_Throws()
    {
        Assert.Throws<ArgumentException>(() => Code128.Encode("订单"));
        Assert.Throws<ArgumentException>(() => Code128.Encode(""));
    }

    [Fact]
    public void QrSvg_DecodedByZxing_GivesTheLinkBack()
    {
        const string link = "http://127.0.0.1:5096/orders/123";

        var result = SvgRaster.Decode(QrSvg.Svg(link, 20), BarcodeFormat.QR_CODE);

        Assert.NotNull(result);
        Assert.Equal(link, result.Text);
    }
}
