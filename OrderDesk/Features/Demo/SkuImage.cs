using System.Globalization;
using System.Security;

namespace OrderDesk.Features.Demo;

/// <summary>
/// Draws a product tile as SVG from what the SKU master says: the variant's colour, a glyph for the
/// category and the size. Nothing is downloaded or stored; the same SKU always gives the same picture.
/// </summary>
public static class SkuImage
{
    public const string ContentType = "image/svg+xml";

    private const string DefaultSwatch = "#c7d2de";

    // Goods without a colour variant (tea, creams) get their category's tone instead of plain grey.
    private static readonly Dictionary<string, string> s_categorySwatches = new()
    {
        [DemoCatalog.TeaAndFood] = "#a8c49a",
        [DemoCatalog.Cosmetics] = "#f1dde2",
        [DemoCatalog.Liquids] = "#cfe4ef",
        [DemoCatalog.Gifts] = "#ead9b9",
    };

    // Glyphs drawn in a 100×100 box; strokes are added by the caller so one path serves both inks.
    private static readonly Dictionary<string, string> s_glyphs = new()
    {
        [DemoCatalog.Apparel] = "<path d='M31 18 L43 12 Q50 21 57 12 L69 18 L86 34 L75 46 L68 40 L68 88 L32 88 L32 40 L25 46 L14 34 Z'/>",
        [DemoCatalog.Shoes] = "<path d='M8 64 Q9 44 20 38 L34 46 Q46 53 58 50 L66 55 Q88 57 92 68 L92 74 L8 74 Z'/>" +
            "<rect x='8' y='77' width='84' height='7' rx='3'/>",
        [DemoCatalog.Cosmetics] = "<path d='M41 36 L41 16 L59 8 L59 36 Z'/><rect x='38' y='38' width='24' height='14' rx='2'/>" +
            "<rect x='34' y='54' width='32' height='38' rx='4'/>",
        [DemoCatalog.Ceramics] = "<path d='M20 28 H68 V72 Q68 86 54 86 H34 Q20 86 20 72 Z'/>" +
            "<path d='M68 38 Q88 38 88 54 Q88 70 68 70' fill='none' stroke-width='8'/>",
        [DemoCatalog.Electronics] = "<path d='M58 6 L26 54 H47 L40 94 L74 42 H53 Z'/>",
        [DemoCatalog.TeaAndFood] = "<path d='M16 84 Q14 22 84 14 Q86 82 16 84 Z'/>" +
            "<path d='M20 80 L70 30' fill='none' stroke-width='4' class='cut'/>",
        [DemoCatalog.Liquids] = "<rect x='42' y='6' width='16' height='12' rx='2'/>" +
            "<path d='M44 20 H56 V26 Q70 32 70 46 V86 Q70 94 62 94 H38 Q30 94 30 86 V46 Q30 32 44 26 Z'/>",
        [DemoCatalog.HomeTextile] = "<rect x='12' y='60' width='76' height='22' rx='6'/><rect x='18' y='38' width='64' height='20' rx='6'/>" +
            "<rect x='24' y='16' width='52' height='20' rx='6'/>",
        [DemoCatalog.Gifts] = "<rect x='18' y='44' width='64' height='44' rx='4'/><rect x='12' y='30' width='76' height='14' rx='3'/>" +
            "<path d='M50 30 Q34 8 26 20 Q22 30 50 30 Q66 8 74 20 Q78 30 50 30 Z'/><rect x='46' y='30' width='8' height='58' class='cut'/>",
    };

    private const string DefaultGlyph = "<path d='M50 8 L88 28 L88 72 L50 92 L12 72 L12 28 Z'/>";

    public static string Render(string category, string color, string size)
    {
        var swatch = SkuColors.HexOf(color, s_categorySwatches.GetValueOrDefault(category, DefaultSwatch));
        var light = SkuColors.IsLight(swatch);
        var ink = light ? "#1f2937" : "#ffffff";
        var glyph = s_glyphs.GetValueOrDefault(category, DefaultGlyph);
        var label = Escape(size.Length > 0 ? size : color);
        var fontSize = label.Length <= 6 ? 26 : label.Length <= 10 ? 20 : 16;
        var caption = color.Length > 0 && size.Length > 0 ? Escape(color) : "";
        return string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240" role="img" aria-label="{Escape(category)} {Escape(color)} {Escape(size)}">
            <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff" stop-opacity="0.28"/><stop offset="1" stop-color="#000000" stop-opacity="0.10"/></linearGradient></defs>
            <rect x="4" y="4" width="232" height="232" rx="28" fill="{swatch}" stroke="#0f172a" stroke-opacity="0.12" stroke-width="2"/>
            <rect x="4" y="4" width="232" height="232" rx="28" fill="url(#g)"/>
            <g transform="translate(58 36) scale(1.24)" fill="{ink}" fill-opacity="{(light ? 0.72 : 0.92)}" stroke="{ink}" stroke-opacity="{(light ? 0.72 : 0.92)}" stroke-linejoin="round" stroke-width="1.6">
            <style>.cut{"{"}fill:{swatch};stroke:{swatch};fill-opacity:1;stroke-opacity:1{"}"}</style>
            {glyph}
            </g>
            <text x="20" y="34" font-family="'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif" font-size="16" fill="{ink}" fill-opacity="0.8">{caption}</text>
            <rect x="24" y="168" width="192" height="48" rx="24" fill="{(light ? "#ffffff" : "#000000")}" fill-opacity="{(light ? 0.7 : 0.28)}"/>
            <text x="120" y="{192 + fontSize / 3}" text-anchor="middle" font-family="'Inter','PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif" font-size="{fontSize}" font-weight="600" fill="{ink}">{label}</text>
            </svg>
            """);
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
