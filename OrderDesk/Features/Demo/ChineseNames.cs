namespace OrderDesk.Features.Demo;

/// <summary>
/// Chinese personal names written the Chinese way: surname then given name, no space (Bogus' zh_CN
/// locale writes them Western-style, "晟睿 廖").
/// </summary>
public static class ChineseNames
{
    // The most common surnames, roughly in order of frequency; earlier ones are drawn more often.
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈" +
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private static readonly string[] s_compoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方"];

    private const string GivenChars =
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏建红宇浩然子涵梓轩一诺欣怡雨桐思远" +
        "晨曦佳琪文博俊杰嘉怡梦瑶志强雅婷宏伟晓东海燕春梅天佑若曦景行书瑶慧敏婉清逸飞博文家豪静怡子墨";

    public static string Next(Random random)
    {
        var surname = random.NextDouble() < 0.01
            ? s_compoundSurnames[random.Next(s_compoundSurnames.Length)]
            // Squaring the uniform draw favours the front of the list, as real surname frequencies do.
            : Surnames[(int)(Math.Pow(random.NextDouble(), 2) * Surnames.Length)].ToString();
        var given = GivenChars[random.Next(GivenChars.Length)].ToString();
        if (random.NextDouble() < 0.75) given += GivenChars[random.Next(GivenChars.Length)];
        return surname + given;
    }
}
