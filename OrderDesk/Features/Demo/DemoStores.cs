using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>A demo warehouse and the logistics regions it ships to first.</summary>
public sealed record DemoWarehouseSpec(string Code, string Name, string Province, string City, string[] Serves);

/// <summary>A demo shop: its share of the order stream and which goods it lists (null: everything).</summary>
/// <param name="RouteByRegion">Ships from the warehouse nearest the buyer instead of always from its default.</param>
public sealed record DemoShopSpec(
    Platform Platform, string Code, string Name, string WarehouseCode, bool IsTmall, double Share,
    bool RouteByRegion, string[]? Categories = null)
{
    /// <summary>The in-app platform simulator this shop talks to in demo mode (relative: this app itself); Tmall runs on Taobao's API.</summary>
    public string SimulatorUrl => "/sim/" + Platform switch
    {
        Platform.Taobao => "taobao",
        Platform.Jd => "jd",
        Platform.Pinduoduo => "pinduoduo",
        _ => "webshop",
    };
}

/// <summary>The demo company: three regional warehouses and seven shops over every platform.</summary>
public static class DemoStores
{
    public static readonly IReadOnlyList<DemoWarehouseSpec> Warehouses =
    [
        new("SH-01", "上海青浦仓", "上海市", "上海市", ["East", "North", "Northeast"]),
        new("DG-01", "东莞松山湖仓", "广东省", "东莞市", ["South", "Central"]),
        new("CD-01", "成都双流仓", "四川省", "成都市", ["Southwest", "Northwest"]),
    ];

    public static readonly IReadOnlyList<DemoShopSpec> Shops =
    [
        new(Platform.Taobao, "TM-YJ01", "悦家官方旗舰店", "SH-01", IsTmall: true, 0.22, RouteByRegion: true),
        new(Platform.Taobao, "TB-YJ01", "悦家生活馆", "SH-01", IsTmall: false, 0.21, RouteByRegion: false),
        new(Platform.Taobao, "TB-TEA01", "悦家茶器铺", "CD-01", IsTmall: false, 0.04, RouteByRegion: false,
            [DemoCatalog.TeaAndFood, DemoCatalog.Ceramics]),
        new(Platform.Jd, "JD-YJ01", "悦家京东旗舰店", "DG-01", IsTmall: false, 0.18, RouteByRegion: true),
        new(Platform.Jd, "JD-DG01", "悦家数码京东专营店", "DG-01", IsTmall: false, 0.06, RouteByRegion: false,
            [DemoCatalog.Electronics]),
        new(Platform.Pinduoduo, "PDD-YJ01", "悦家优选", "CD-01", IsTmall: false, 0.21, RouteByRegion: false),
        new(Platform.WebShop, "WEB-YJ01", "悦家官网商城", "SH-01", IsTmall: false, 0.08, RouteByRegion: true),
    ];

    /// <summary>Credentials in each platform's usual shape; they only open the in-app simulators.</summary>
    public static Admin.ShopSecret SecretFor(Platform platform, Random random) => platform switch
    {
        Platform.Taobao => new(Digits(random, 8), Hex(random, 32), "6201" + Hex(random, 36)),
        Platform.Jd => new(Hex(random, 32).ToUpperInvariant(), Hex(random, 32), Hex(random, 32)),
        Platform.Pinduoduo => new(Hex(random, 32), Hex(random, 40), Hex(random, 32)),
        _ => new("wk_" + Hex(random, 24), "whsec_" + Hex(random, 32), ""),
    };

    private static string Hex(Random random, int length) =>
        string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = "0123456789abcdef"[r.Next(16)];
        });

    private static string Digits(Random random, int length) =>
        string.Create(length, random, static (span, r) =>
        {
            span[0] = (char)('1' + r.Next(9));
            for (var i = 1; i < span.Length; i++) span[i] = (char)('0' + r.Next(10));
        });
}
