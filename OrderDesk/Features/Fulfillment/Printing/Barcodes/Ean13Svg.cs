using System.Text;
using OrderDesk.Features.Demo;

namespace OrderDesk.Features.Fulfillment.Printing.Barcodes;

/// <summary>EAN-13 as printed on retail goods: guard bars that reach below the others and the digits in three groups.</summary>
public static class Ean13Svg
{
    private const int LeftQuiet = 11;
    private const int RightQuiet = 7;
    private static readonly string[] s_l = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"];
    // The first digit is not drawn: it chooses which of the left six use the even-parity (G) set.
    private static readonly string[] s_parity = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"];

    /// <summary>The 95 modules: start guard, six left digits, centre guard, six right digits, end guard.</summary>
    public static string Modules(string code)
    {
        if (!Ean13.IsValid(code)) throw new ArgumentException($"'{code}' is not a valid EAN-13 (13 digits with its check digit).", nameof(code));
        var parity = s_parity[code[0] - '0'];
        var modules = new StringBuilder("101");
        for (var i = 1; i <= 6; i++)
        {
            var l = s_l[code[i] - '0'];
            modules.Append(parity[i - 1] == 'L' ? l : Reverse(Invert(l)));
        }
        modules.Append("01010");
        for (var i = 7; i <= 12; i++) modules.Append(Invert(s_l[code[i] - '0']));
        return modules.Append("101").ToString();
    }

    public static bool IsGuard(int module) => module is < 3 or (>= 45 and < 50) or >= 92;

    public static string Svg(string code, double moduleMm = 0.33, int barHeightModules = 60)
    {
        var modules = Modules(code);
        var width = LeftQuiet + modules.Length + RightQuiet;
        var height = barHeightModules + 10;
        var svg = BarcodeSvg.Open("ean13", code, width, height, moduleMm);
        BarcodeSvg.AppendBars(svg, modules, LeftQuiet, m => IsGuard(m) ? barHeightModules + 5 : barHeightModules);
        var baseline = barHeightModules + 9;
        BarcodeSvg.AppendText(svg, code[..1], LeftQuiet - 2, baseline, 9, "end");
        BarcodeSvg.AppendText(svg, code[1..7], LeftQuiet + 3 + 21, baseline, 9, "middle");
        BarcodeSvg.AppendText(svg, code[7..], LeftQuiet + 50 + 21, baseline, 9, "middle");
        return BarcodeSvg.Close(svg);
    }

    private static string Invert(string bits) => string.Create(bits.Length, bits, (span, b) =>
    {
        for (var i = 0; i < b.Length; i++) span[i] = b[i] == '1' ? '0' : '1';
    });

    private static string Reverse(string bits)
    {
        var chars = bits.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
