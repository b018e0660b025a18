namespace OrderDesk.Features.Demo;

/// <summary>
/// Colour names as Chinese shops write them, with a short code for SKU codes and a swatch for images.
/// Names outside the table still get a stable swatch, so images of SKUs added later never break.
/// </summary>
public static class SkuColors
{
    private static readonly Dictionary<string, (string Code, string Hex)> s_known = new()
    {
        ["黑色"] = ("BK", "#22252b"), ["白色"] = ("WH", "#f3f3f0"), ["浅灰"] = ("LG", "#c5c9cf"),
        ["深灰"] = ("DG", "#5b6068"), ["藏青"] = ("NV", "#243656"), ["雾霾蓝"] = ("HB", "#7d97b3"),
        ["天蓝"] = ("SK", "#5fa9df"), ["浅蓝"] = ("LB", "#a3c4e4"), ["深蓝"] = ("DB", "#2b4a7a"),
        ["豆沙粉"] = ("DP", "#d4a39b"), ["樱花粉"] = ("PK", "#f2b6c4"), ["酒红"] = ("WR", "#7b2231"),
        ["橙色"] = ("OR", "#ef8a2f"), ["姜黄"] = ("GY", "#d9a928"), ["燕麦色"] = ("OT", "#d9c9a9"),
        ["卡其"] = ("KH", "#b39a6b"), ["咖啡"] = ("CF", "#6b4a34"), ["墨绿"] = ("FG", "#2f4f3e"),
        ["薄荷绿"] = ("MT", "#98d5bd"), ["米白"] = ("CR", "#eee6d6"), ["紫色"] = ("PU", "#6f55a3"),
        ["香芋紫"] = ("TP", "#b6a2d4"), ["透明"] = ("CL", "#d9edf2"), ["琥珀"] = ("AM", "#c98a2b"),
        ["青瓷"] = ("CE", "#9cc0ae"), ["金色"] = ("GD", "#c9a227"), ["银色"] = ("SV", "#b4b9c0"),
        ["正红"] = ("RD", "#c8262b"), ["豆沙"] = ("BE", "#b86f68"), ["枫叶红"] = ("MR", "#a8332a"),
        ["珊瑚橘"] = ("CO", "#f0765a"), ["复古红"] = ("RR", "#8f1d22"), ["奶茶色"] = ("MK", "#b98b73"),
        ["西柚色"] = ("GF", "#f26b5b"), ["玫瑰豆沙"] = ("RB", "#c27c82"),
        ["象牙白"] = ("IV", "#f1dcc3"), ["自然色"] = ("NA", "#e2bf9b"), ["小麦色"] = ("WT", "#c9976b"),
        ["生茶"] = ("RAW", "#8a8f4a"), ["熟茶"] = ("RIP", "#6a3b22"),
        ["茉莉白茶"] = ("JA", "#e6eed3"), ["海盐薄荷"] = ("SS", "#b9e0dc"), ["玫瑰"] = ("RO", "#e6a9b8"),
        ["白茶"] = ("WTE", "#ece7cf"), ["小苍兰"] = ("FR", "#f3d9e4"), ["雪松"] = ("CE2", "#7f8f6a"),
    };

    // Muted tones for names the table does not know.
    private static readonly string[] s_fallback = ["#8aa1b1", "#b08968", "#7f9c7a", "#a77f9e", "#c2a35e", "#6f8fb8", "#b86b5b"];

    public static bool IsKnown(string name) => s_known.ContainsKey(name);

    public static string CodeOf(string name) =>
        s_known.TryGetValue(name, out var known) ? known.Code : throw new ArgumentException($"No code for colour '{name}'.", nameof(name));

    /// <summary>The swatch for a colour name; <paramref name="fallback"/> when the SKU has no colour.</summary>
    public static string HexOf(string name, string fallback)
    {
        if (name.Length == 0) return fallback;
        if (s_known.TryGetValue(name, out var known)) return known.Hex;
        // FNV-1a: string.GetHashCode is randomised per process, and an image must not change between restarts.
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        return s_fallback[hash % (uint)s_fallback.Length];
    }

    /// <summary>Dark text on light swatches, light text on dark ones (relative luminance).</summary>
    public static bool IsLight(string hex)
    {
        var r = Convert.ToInt32(hex[1..3], 16) / 255.0;
        var g = Convert.ToInt32(hex[3..5], 16) / 255.0;
        var b = Convert.ToInt32(hex[5..7], 16) / 255.0;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6;
    }
}
