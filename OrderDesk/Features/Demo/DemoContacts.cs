using System.Globalization;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>A place to ship to: always a real province/city/district triple from the region table.</summary>
public sealed record DemoAddress(Province Province, City City, string District, string Detail, string PostalCode);

/// <summary>Mobile numbers and street addresses that look like what Chinese platforms send.</summary>
public static class DemoContacts
{
    // Mobile prefixes of the three carriers; 13x/15x/18x dominate, so they are listed more often.
    private static readonly string[] s_mobilePrefixes =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
        "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159",
        "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188",
        "189", "186", "187", "188", "191", "198", "199",
    ];

    // Where online orders come from: coastal and populous provinces order far more than remote ones.
    private static readonly Dictionary<string, double> s_provinceWeights = new()
    {
        ["广东省"] = 12, ["浙江省"] = 9, ["江苏省"] = 9, ["上海市"] = 7, ["北京市"] = 6, ["山东省"] = 6,
        ["四川省"] = 5, ["福建省"] = 4.5, ["河南省"] = 4.5, ["湖北省"] = 4, ["湖南省"] = 3.5, ["安徽省"] = 3,
        ["河北省"] = 3, ["重庆市"] = 2.5, ["陕西省"] = 2.5, ["天津市"] = 2, ["辽宁省"] = 2.5, ["广西壮族自治区"] = 2,
        ["江西省"] = 2, ["云南省"] = 2, ["贵州省"] = 1.5, ["山西省"] = 1.5, ["黑龙江省"] = 1.5, ["吉林省"] = 1.2,
        ["海南省"] = 0.8, ["内蒙古自治区"] = 0.8, ["甘肃省"] = 0.7, ["新疆维吾尔自治区"] = 0.6, ["宁夏回族自治区"] = 0.3,
        ["青海省"] = 0.25, ["西藏自治区"] = 0.15,
    };

    // Two leading postcode digits by province (the rest is made up; no one routes parcels by it here).
    private static readonly Dictionary<string, string[]> s_postalPrefixes = new()
    {
        ["北京市"] = ["10"], ["上海市"] = ["20"], ["天津市"] = ["30"], ["重庆市"] = ["40"], ["河北省"] = ["05", "06", "07"],
        ["山西省"] = ["03", "04"], ["内蒙古自治区"] = ["01", "02"], ["辽宁省"] = ["11", "12"], ["吉林省"] = ["13"],
        ["黑龙江省"] = ["15", "16"], ["江苏省"] = ["21", "22"], ["浙江省"] = ["31", "32"], ["安徽省"] = ["23", "24"],
        ["福建省"] = ["35", "36"], ["江西省"] = ["33", "34"], ["山东省"] = ["25", "26", "27"], ["河南省"] = ["45", "46", "47"],
        ["湖北省"] = ["43", "44"], ["湖南省"] = ["41", "42"], ["广东省"] = ["51", "52"], ["广西壮族自治区"] = ["53", "54"],
        ["海南省"] = ["57"], ["四川省"] = ["61", "62", "64"], ["贵州省"] = ["55", "56"], ["云南省"] = ["65", "66", "67"],
        ["西藏自治区"] = ["85"], ["陕西省"] = ["71", "72"], ["甘肃省"] = ["73", "74"], ["青海省"] = ["81"],
        ["宁夏回族自治区"] = ["75"], ["新疆维吾尔自治区"] = ["83", "84"],
    };

    private static readonly string[] s_roads =
    [
        "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "长江路", "文化路", "胜利路", "青年路",
        "学府路", "科技路", "滨江大道", "世纪大道", "南京路", "延安路", "花园路", "东风路", "光明路", "幸福路",
    ];

    private static readonly string[] s_estates =
    [
        "阳光花园", "锦绣家园", "翠湖苑", "金色家园", "碧桂园", "万科城", "绿地世纪城", "保利花园", "龙湖天街",
        "书香门第", "紫荆花园", "滨江华府", "星河湾", "融创壹号院", "中海国际社区", "远洋山水",
    ];

    private static readonly string[] s_offices = ["科技园", "软件园", "创业大厦", "国际金融中心", "商务中心", "产业园"];

    public static string Mobile(Random random) =>
        s_mobilePrefixes[random.Next(s_mobilePrefixes.Length)] + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public static DemoAddress Address(Random random, RegionTable regions)
    {
        var province = PickProvince(random, regions);
        var city = province.Cities[Weighted(random, province.Cities.Count)];
        var district = city.Districts[random.Next(city.Districts.Count)];
        var detail = random.NextDouble() < 0.85 ? HomeDetail(random) : OfficeDetail(random);
        var prefixes = s_postalPrefixes.GetValueOrDefault(province.Name, ["10"]);
        var postal = prefixes[random.Next(prefixes.Length)] + random.Next(0, 100).ToString("D2", CultureInfo.InvariantCulture) + "00";
        return new DemoAddress(province, city, district, detail, postal);
    }

    /// <summary>Where someone works: same city as home (so the triple stays real), another district.</summary>
    public static DemoAddress OfficeNear(Random random, DemoAddress home) =>
        home with { District = home.City.Districts[random.Next(home.City.Districts.Count)], Detail = OfficeDetail(random) };

    private static string HomeDetail(Random random) =>
        $"{s_roads[random.Next(s_roads.Length)]}{random.Next(1, 999)}号{s_estates[random.Next(s_estates.Length)]}" +
        $"{random.Next(1, 32)}栋{random.Next(1, 5)}单元{random.Next(1, 33)}{random.Next(1, 5):D2}室";

    private static string OfficeDetail(Random random) =>
        $"{s_roads[random.Next(s_roads.Length)]}{random.Next(1, 999)}号{s_offices[random.Next(s_offices.Length)]}" +
        $"{(char)('A' + random.Next(4))}座{random.Next(2, 31)}层";

    private static Province PickProvince(Random random, RegionTable regions)
    {
        var total = regions.Provinces.Sum(p => s_provinceWeights.GetValueOrDefault(p.Name, 1));
        var draw = random.NextDouble() * total;
        foreach (var province in regions.Provinces)
        {
            draw -= s_provinceWeights.GetValueOrDefault(province.Name, 1);
            if (draw < 0) return province;
        }
        return regions.Provinces[^1];
    }

    // The table lists a province's capital first; it gets the biggest share of that province's buyers.
    private static int Weighted(Random random, int count) =>
        count == 1 || random.NextDouble() < 0.55 ? 0 : random.Next(count);
}
