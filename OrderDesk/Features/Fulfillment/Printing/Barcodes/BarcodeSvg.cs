using System.Globalization;
using System.Net;
using System.Text;

namespace OrderDesk.Features.Fulfillment.Printing.Barcodes;

/// <summary>
/// The SVG shared by the linear barcodes: one user unit is one module, the physical size comes from the width and
/// height in millimetres, and crispEdges keeps every bar edge on a device pixel so scanners see clean widths.
/// </summary>
internal static class BarcodeSvg
{
    public static StringBuilder Open(string kind, string text, double widthModules, double heightModules, double moduleMm) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture,
                $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"od-barcode\" data-barcode=\"{kind}\" data-value=\"{WebUtility.HtmlEncode(text)}\" ")
            .Append(CultureInfo.InvariantCulture,
                $"width=\"{widthModules * moduleMm:0.##}mm\" height=\"{heightModules * moduleMm:0.##}mm\" viewBox=\"0 0 {widthModules:0.##} {heightModules:0.##}\" ")
            .Append(CultureInfo.InvariantCulture, $"shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(text)}\">")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{widthModules:0.##}\" height=\"{heightModules:0.##}\" fill=\"#fff\"/>");

    /// <summary>One rect per dark run; <paramref name="heightAt"/> gives the height of the bar starting at a module.</summary>
    public static void AppendBars(StringBuilder svg, string modules, int offset, Func<int, double> heightAt)
    {
        svg.Append("<g fill=\"#000\">");
        for (var i = 0; i < modules.Length;)
        {
            if (modules[i] != '1') { i++; continue; }
            var start = i;
            while (i < modules.Length && modules[i] == '1') i++;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{start + offset}\" y=\"0\" width=\"{i - start}\" height=\"{heightAt(start):0.##}\"/>");
        }
        svg.Append("</g>");
    }

    public static void AppendText(StringBuilder svg, string text, double x, double baseline, double size, string anchor) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.##}\" y=\"{baseline:0.##}\" font-size=\"{size:0.##}\" text-anchor=\"{anchor}\" ")
            .Append("font-family=\"ui-monospace, Menlo, Consolas, monospace\" fill=\"#000\" shape-rendering=\"auto\">")
            .Append(WebUtility.HtmlEncode(text)).Append("</text>");

    public static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();
}
