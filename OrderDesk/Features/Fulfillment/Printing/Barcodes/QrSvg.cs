using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;

namespace OrderDesk.Features.Fulfillment.Printing.Barcodes;

/// <summary>A QR code as one SVG path (QRCoder computes the modules; drawing them ourselves keeps the edges crisp).</summary>
public static class QrSvg
{
    public static string Svg(string text, double sizeMm)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the four-module quiet zone
        var n = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n;)
            {
                if (!matrix[y][x]) { x++; continue; }
                var start = x;
                while (x < n && matrix[y][x]) x++;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"od-qr\" data-barcode=\"qr\" width=\"{sizeMm:0.##}mm\" height=\"{sizeMm:0.##}mm\" " +
            $"viewBox=\"0 0 {n} {n}\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(text)}\">" +
            $"<rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }
}
