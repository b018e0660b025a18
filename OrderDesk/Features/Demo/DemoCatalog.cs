using System.Globalization;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Shared;
using static OrderDesk.Domain.Catalog.HandlingFlags;

namespace OrderDesk.Features.Demo;

/// <summary>One demo product; every colour × size becomes a SKU.</summary>
/// <param name="Sizes">"label" or "label|CODE" when the label is not usable in a SKU code.</param>
/// <param name="SizeScales">Larger sizes cost and weigh more (ml, g, watts), rather than apparel's near-constant price.</param>
/// <param name="Popularity">Relative share of sales; 0 for items only ever given away.</param>
public sealed record DemoProduct(
    string Code, string Name, string Category, HandlingFlags Handling, decimal PriceYuan, int WeightGrams,
    (int L, int W, int H) BoxMm, string[] Colors, string[] Sizes, double Popularity, bool SizeScales = false);

/// <summary>A generated SKU with the sales weight the order generator uses.</summary>
public sealed record DemoSku(Sku Sku, DemoProduct Product, double Popularity);

/// <summary>
/// The demo assortment of a mid-size lifestyle brand: apparel, shoes, cosmetics, ceramics and glass,
/// electronics accessories, tea and food, liquids, home textiles and giveaways.
/// </summary>
public static class DemoCatalog
{
    public const string Apparel = "服装";
    public const string Shoes = "鞋靴";
    public const string Cosmetics = "美妆护肤";
    public const string Ceramics = "陶瓷玻璃";
    public const string Electronics = "数码配件";
    public const string TeaAndFood = "茶叶食品";
    public const string Liquids = "个护清洁";
    public const string HomeTextile = "家纺";
    public const string Gifts = "赠品";

    // GS1 China prefixes run 690–699; the rest of the company prefix is made up.
    private const string CompanyPrefix = "6975312";

    private static readonly string[] s_apparelSizes = ["S", "M", "L", "XL", "XXL"];
    private static readonly string[] s_noColor = [""];

    public static readonly IReadOnlyList<DemoProduct> Products =
    [
        new("TS01", "纯棉圆领短袖T恤", Apparel, None, 69m, 200, (300, 250, 30), ["黑色", "白色", "浅灰", "藏青", "雾霾蓝", "豆沙粉"], s_apparelSizes, 3.0),
        new("HD01", "加绒连帽卫衣", Apparel, None, 199m, 620, (350, 300, 60), ["黑色", "燕麦色", "深灰", "墨绿", "藏青"], s_apparelSizes, 2.5),
        new("JN01", "高腰直筒牛仔裤", Apparel, None, 229m, 650, (350, 280, 50), ["浅蓝", "深蓝", "黑色"], ["26", "27", "28", "29", "30", "31", "32"], 2.0),
        new("DJ01", "轻薄羽绒服", Apparel, None, 599m, 480, (400, 320, 80), ["黑色", "米白", "卡其", "雾霾蓝"], s_apparelSizes, 2.5),
        new("CD01", "羊毛针织开衫", Apparel, None, 359m, 420, (330, 280, 60), ["燕麦色", "酒红", "墨绿", "浅灰"], ["S", "M", "L", "XL"], 1.2),
        new("SK01", "精梳棉中筒袜 5双装", Apparel, None, 39.9m, 150, (200, 120, 40), ["黑色", "白色", "浅灰"], ["M(35-39)|M", "L(40-44)|L"], 2.0),
        new("RS01", "轻量缓震跑步鞋", Shoes, None, 369m, 780, (330, 220, 120), ["黑色", "白色", "天蓝", "橙色"], ["36", "37", "38", "39", "40", "41", "42", "43", "44"], 2.5),
        new("CV01", "经典低帮帆布鞋", Shoes, None, 129m, 650, (310, 200, 110), ["白色", "黑色", "酒红"], ["35", "36", "37", "38", "39", "40", "41", "42"], 1.5),
        new("SB01", "加厚保暖雪地靴", Shoes, None, 259m, 1100, (340, 240, 150), ["卡其", "黑色", "咖啡"], ["35", "36", "37", "38", "39", "40"], 1.5),
        new("LS01", "丝绒哑光口红", Cosmetics, None, 189m, 60, (100, 40, 40), ["正红", "豆沙", "枫叶红", "珊瑚橘", "复古红", "奶茶色", "西柚色", "玫瑰豆沙"], ["3.5g|35G"], 2.0),
        new("FD01", "持妆粉底液", Cosmetics, Liquid, 299m, 120, (130, 60, 50), ["象牙白", "自然色", "小麦色"], ["30ml"], 1.0),
        new("FC01", "保湿修护面霜", Cosmetics, Fragile, 268m, 150, (90, 90, 80), s_noColor, ["30ml", "50ml"], 1.0, SizeScales: true),
        new("SE01", "玻尿酸精华液", Cosmetics, Liquid | Fragile, 329m, 140, (120, 60, 60), s_noColor, ["30ml", "50ml", "100ml"], 1.0, SizeScales: true),
        new("MG01", "手绘陶瓷马克杯", Ceramics, Fragile | ThisSideUp, 59m, 380, (130, 100, 110), ["米白", "雾霾蓝", "薄荷绿", "樱花粉", "姜黄"], ["350ml", "450ml"], 1.5, SizeScales: true),
        new("GC01", "双层隔热玻璃杯", Ceramics, Fragile | ThisSideUp, 79m, 260, (110, 90, 130), ["透明", "浅灰"], ["250ml", "350ml", "450ml"], 1.0, SizeScales: true),
        new("TE01", "青瓷功夫茶具套装", Ceramics, Fragile | ThisSideUp, 399m, 1800, (350, 250, 150), ["青瓷", "米白", "黑色"], ["一壶四杯|4P", "一壶六杯|6P"], 0.4, SizeScales: true),
        new("PL01", "北欧釉下彩餐盘", Ceramics, Fragile | ThisSideUp, 49m, 520, (270, 270, 50), ["米白", "雾霾蓝", "墨绿", "姜黄"], ["8寸|8IN", "10寸|10IN"], 0.8, SizeScales: true),
        new("VS01", "手工吹制玻璃花瓶", Ceramics, Fragile | ThisSideUp, 139m, 900, (180, 180, 240), ["透明", "琥珀", "薄荷绿"], ["20cm", "30cm"], 0.4, SizeScales: true),
        new("CB01", "编织快充数据线", Electronics, None, 39m, 60, (150, 100, 30), ["黑色", "白色"], ["1m Type-C|1M-C", "2m Type-C|2M-C", "1m Lightning|1M-L", "2m Lightning|2M-L"], 3.0),
        new("CH01", "氮化镓快充充电器", Electronics, None, 99m, 110, (90, 70, 50), ["黑色", "白色"], ["20W", "35W", "65W"], 2.0, SizeScales: true),
        new("PC01", "液态硅胶手机壳", Electronics, None, 49m, 45, (180, 100, 20), ["黑色", "白色", "香芋紫", "薄荷绿", "樱花粉", "天蓝"], ["iPhone 15|IP15", "iPhone 15 Pro|IP15P", "iPhone 16|IP16", "iPhone 16 Pro|IP16P", "Mate 60|M60", "小米14|MI14"], 3.0),
        new("EP01", "主动降噪蓝牙耳机", Electronics, None, 399m, 180, (120, 100, 50), ["黑色", "白色", "浅蓝"], ["标准版|STD", "Pro版|PRO"], 1.0, SizeScales: true),
        new("PB01", "磁吸无线充电宝", Electronics, None, 159m, 220, (120, 90, 40), ["黑色", "白色", "紫色"], ["5000mAh", "10000mAh"], 1.2, SizeScales: true),
        new("LJ01", "明前西湖龙井", TeaAndFood, KeepDry, 198m, 80, (160, 90, 90), s_noColor, ["50g", "100g", "250g"], 0.8, SizeScales: true),
        new("PE01", "云南古树普洱茶饼", TeaAndFood, KeepDry, 168m, 420, (220, 220, 40), ["生茶", "熟茶"], ["357g"], 0.5),
        new("NT01", "每日坚果礼盒", TeaAndFood, KeepDry, 79m, 800, (300, 200, 100), s_noColor, ["15包|15P", "30包|30P"], 1.5, SizeScales: true),
        new("HC01", "桂花红茶", TeaAndFood, KeepDry, 88m, 130, (150, 80, 80), s_noColor, ["100g", "200g"], 0.6, SizeScales: true),
        new("SH01", "氨基酸控油洗发水", Liquids, Liquid, 79m, 480, (80, 60, 220), ["茉莉白茶", "海盐薄荷", "玫瑰"], ["400ml", "750ml"], 1.5, SizeScales: true),
        new("BW01", "香氛沐浴露", Liquids, Liquid, 69m, 580, (90, 60, 230), ["茉莉白茶", "海盐薄荷", "玫瑰"], ["500ml", "1L"], 1.2, SizeScales: true),
        new("PF01", "淡香水", Liquids, Liquid | Fragile | ThisSideUp, 459m, 180, (90, 60, 140), ["白茶", "小苍兰", "雪松"], ["30ml", "50ml", "100ml"], 0.6, SizeScales: true),
        new("BD01", "全棉磨毛四件套", HomeTextile, None, 459m, 2200, (450, 350, 120), ["米白", "浅灰", "雾霾蓝", "豆沙粉"], ["1.5m床|150", "1.8m床|180", "2.0m床|200"], 0.7, SizeScales: true),
        new("TW01", "长绒棉毛巾", HomeTextile, None, 39m, 130, (250, 150, 40), ["白色", "浅灰", "天蓝", "樱花粉"], ["34×76cm|3476"], 1.0),
        new("GF01", "定制帆布收纳袋", Gifts, None, 19m, 80, (250, 200, 10), ["米白", "黑色"], ["均码|OS"], 0),
        new("GF02", "旅行装小样套装", Gifts, Liquid, 29m, 90, (120, 80, 40), s_noColor, ["5ml×3|3X5ML"], 0),
        new("GF03", "品牌金属钥匙扣", Gifts, None, 9.9m, 30, (80, 60, 15), ["金色", "银色"], ["均码|OS"], 0),
    ];

    /// <summary>Every SKU in a fixed order, so the same build always numbers barcodes the same way.</summary>
    public static IReadOnlyList<DemoSku> Skus()
    {
        var skus = new List<DemoSku>();
        foreach (var product in Products)
        {
            for (var s = 0; s < product.Sizes.Length; s++)
            {
                var (sizeLabel, sizeCode) = SplitSize(product.Sizes[s]);
                foreach (var color in product.Colors)
                {
                    var code = color.Length == 0
                        ? $"{product.Code}-{sizeCode}"
                        : $"{product.Code}-{SkuColors.CodeOf(color)}-{sizeCode}";
                    var barcode = Ean13.Complete(CompanyPrefix + (skus.Count + 1).ToString("D5", CultureInfo.InvariantCulture));
                    // Apparel weighs a little more per size step; measured goods (ml, g, W) scale price and weight.
                    var price = product.SizeScales ? Math.Round(product.PriceYuan * (1m + 0.45m * s), 0) : product.PriceYuan;
                    var weightFactor = product.SizeScales ? 1 + 0.6 * s : 1 + 0.05 * s;
                    var box = product.BoxMm;
                    var grow = product.SizeScales ? 1 + 0.15 * s : 1 + 0.03 * s;
                    var sku = new Sku(code, barcode, product.Name, color, sizeLabel, product.Category, product.Handling,
                        (int)Math.Round(product.WeightGrams * weightFactor),
                        ((int)Math.Round(box.L * grow), box.W, (int)Math.Round(box.H * grow)),
                        Money.FromYuan(price));
                    skus.Add(new DemoSku(sku, product, product.Popularity));
                }
            }
        }
        return skus;
    }

    private static (string Label, string Code) SplitSize(string spec)
    {
        var bar = spec.IndexOf('|');
        if (bar >= 0) return (spec[..bar], spec[(bar + 1)..]);
        return (spec, new string(spec.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant());
    }
}
