using System.Globalization;
using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;

namespace OrderDesk.Tests.Unit.Fulfillment.Printing;

/// <summary>
/// Reads our own SVG back the way a scanner would see the printed label: the black shapes are painted onto a grey
/// image and handed to ZXing, which knows nothing of our encoder tables.
/// </summary>
internal static partial class SvgRaster
{
    private const int Scale = 4;

    public static Result? Decode(string svg, BarcodeFormat format)
    {
        var box = ViewBox().Match(svg);
        var width = (int)Math.Ceiling(double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture)) * Scale;
        var height = (int)Math.Ceiling(double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture)) * Scale;
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        var barsAt = svg.IndexOf("<g fill=\"#000\">", StringComparison.Ordinal);
        var bars = barsAt < 0 ? "" : svg[barsAt..];
        foreach (Match rect in Rect().Matches(bars))
            Paint(pixels, width, N(rect, 1), N(rect, 2), N(rect, 3), N(rect, 4));
        foreach (Match run in PathRun().Matches(svg))
            Paint(pixels, width, N(run, 1), N(run, 2), N(run, 3), 1);

        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [format], TryHarder = true },
        };
        return reader.Decode(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8));
    }

    private static void Paint(byte[] pixels, int width, double x, double y, double w, double h)
    {
        for (var py = (int)(y * Scale); py < (int)((y + h) * Scale); py++)
            for (var px = (int)(x * Scale); px < (int)((x + w) * Scale); px++)
                pixels[py * width + px] = 0;
    }

    private static double N(Match m, int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\"/>")]
    private static partial Regex Rect();

    [GeneratedRegex("M([0-9]+) ([0-9]+)h([0-9]+)v1h-[0-9]+z")]
    private static partial Regex PathRun();
}
