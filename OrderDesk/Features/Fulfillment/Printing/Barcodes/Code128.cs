using System.Globalization;
using System.Text;

namespace OrderDesk.Features.Fulfillment.Printing.Barcodes;

/// <summary>
/// Code 128 (ISO/IEC 15417) without fonts, images or GDI: code set B for text, code set C for runs of digits
/// (two digits a symbol, so order barcodes like OD00000123 stay short enough for a 40 mm slot).
/// </summary>
public static class Code128
{
    public const int StartB = 104;
    public const int StartC = 105;
    public const int SwitchToC = 99;
    public const int SwitchToB = 100;
    public const int Stop = 106;
    private const int QuietZoneModules = 10;

    /// <summary>Bar and space widths (in modules) of every symbol value; each sums to 11, the stop to 13.</summary>
    internal static readonly string[] Widths =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    /// <summary>The symbol values: start, data, checksum, stop.</summary>
    public static IReadOnlyList<int> Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) throw new ArgumentException("A barcode needs at least one character.", nameof(text));
        foreach (var c in text)
            if (c is < ' ' or > '~') throw new ArgumentException($"'{c}' cannot be printed in Code 128 set B.", nameof(text));

        var values = new List<int>();
        var inC = DigitRun(text, 0) >= 4 && DigitRun(text, 0) % 2 == 0;
        values.Add(inC ? StartC : StartB);
        var i = 0;
        while (i < text.Length)
        {
            var run = DigitRun(text, i);
            // Set C pays off for 4 digits at the ends, 6 in the middle (two switch symbols); an odd run leaves its first digit in B.
            var worthC = run >= (i == 0 || i + run == text.Length ? 4 : 6);
            if (inC)
            {
                if (run >= 2)
                {
                    values.Add(int.Parse(text.AsSpan(i, 2), CultureInfo.InvariantCulture));
                    i += 2;
                    continue;
                }
                values.Add(SwitchToB);
                inC = false;
            }
            if (worthC && run % 2 == 0)
            {
                values.Add(SwitchToC);
                inC = true;
                continue;
            }
            values.Add(text[i] - ' ');
            i++;
        }
        values.Add(Checksum(values));
        values.Add(Stop);
        return values;
    }

    /// <summary>Start value plus each data value times its position, modulo 103.</summary>
    public static int Checksum(IReadOnlyList<int> startAndData)
    {
        var sum = startAndData[0];
        for (var p = 1; p < startAndData.Count; p++) sum += startAndData[p] * p;
        return sum % 103;
    }

    /// <summary>The bars as a string of modules, '1' dark and '0' light, without quiet zones.</summary>
    public static string Modules(IReadOnlyList<int> values)
    {
        var modules = new StringBuilder();
        foreach (var value in values)
        {
            var widths = Widths[value];
            for (var e = 0; e < widths.Length; e++) modules.Append(e % 2 == 0 ? '1' : '0', widths[e] - '0');
        }
        return modules.ToString();
    }

    /// <summary>A print-ready SVG: bars of whole modules with crisp edges, quiet zones, and the text below.</summary>
    public static string Svg(string text, double moduleMm = 0.33, int barHeightModules = 40, bool showText = true)
    {
        var modules = Modules(Encode(text));
        var width = modules.Length + 2 * QuietZoneModules;
        var textHeight = showText ? 11 : 0;
        var height = barHeightModules + textHeight;
        var svg = BarcodeSvg.Open("code128", text, width, height, moduleMm);
        BarcodeSvg.AppendBars(svg, modules, QuietZoneModules, _ => barHeightModules);
        if (showText) BarcodeSvg.AppendText(svg, text, width / 2.0, barHeightModules + 9, 9, "middle");
        return BarcodeSvg.Close(svg);
    }

    private static int DigitRun(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - from;
    }
}
