using System.Security.Cryptography;
using System.Text;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Tests.Unit.Ingestion.Platforms;

/// <summary>
/// Vectors worked out by hand from PLATFORMS.md's recipe: drop sign and empty values, sort by name (ordinal, so
/// "360buy_param_json" sorts before letters), join name+value, wrap in the secret. The expected hex was computed
/// outside .NET (Python hashlib/hmac on the same literal strings) and is checked again here through
/// System.Security.Cryptography on the literal, not through Signing.
/// </summary>
public sealed class SigningTests
{
    private static readonly Dictionary<string, string> s_topParams = new()
    {
        ["method"] = "taobao.item.get",
        ["app_key"] = "12345678",
        ["timestamp"] = "2026-11-24 10:00:00",
        ["v"] = "2.0",
        ["sign_method"] = "md5",
        ["format"] = "json",
        ["session"] = "",
        ["sign"] = "ignored",
    };

    private const string TopJoined =
        "app_key12345678formatjsonmethodtaobao.item.getsign_methodmd5timestamp2026-11-24 10:00:00v2.0";

    [Fact]
    public void Joined_TopParams_SortedWithoutSignAndEmpty() =>
        Assert.Equal(TopJoined, Signing.Joined(s_topParams));

    [Fact]
    public void Md5_TopVector_MatchesHandWorkedValue()
    {
        const string expected = "DC9EFCB1EABF3B69A4473CF1F7F8CD6F";
        Assert.Equal(expected, Md5Hex("helloworld" + TopJoined + "helloworld"));
        Assert.Equal(expected, Signing.Md5(s_topParams, "helloworld"));
        Assert.Equal(expected, Signing.Top(s_topParams, "helloworld", "md5"));
    }

    [Fact]
    public void Top_HmacMethods_MatchHandWorkedValues()
    {
        Assert.Equal("84110D190CE1ED8E2F6D5A71B67A63DD", Signing.Top(s_topParams, "helloworld", "hmac"));
        Assert.Equal(Convert.ToHexString(HMACMD5.HashData("helloworld"u8, Encoding.UTF8.GetBytes(TopJoined))),
            Signing.HmacMd5(s_topParams, "helloworld"));
        Assert.Equal("CFCA77E2869642A30AB02AC11535DEC361060EFE33CE8C31C7C252E923F70149",
            Signing.Top(s_topParams, "helloworld", "hmac-sha256"));
    }

    [Fact]
    public void Top_UnknownSignMethod_Throws() =>
        Assert.Throws<ArgumentException>(() => Signing.Top(s_topParams, "x", "sha1"));

    [Fact]
    public void Md5_PinduoduoVector_MatchesHandWorkedValue()
    {
        var parameters = new Dictionary<string, string>
        {
            ["type"] = "pdd.order.number.list.increment.get",
            ["client_id"] = "pdd-client-1",
            ["timestamp"] = "1795485600", // 2026-11-24 10:00:00 +08:00
            ["data_type"] = "JSON",
            ["version"] = "V1",
        };
        const string joined = "client_idpdd-client-1data_typeJSONtimestamp1795485600typepdd.order.number.list.increment.getversionV1";
        Assert.Equal(joined, Signing.Joined(parameters));
        Assert.Equal("E5BBB1569DCC6B4CC96122DC474535D4", Md5Hex("s3cret" + joined + "s3cret"));
        Assert.Equal("E5BBB1569DCC6B4CC96122DC474535D4", Signing.Md5(parameters, "s3cret"));
    }

    [Fact]
    public void Md5_JdVector_DigitLedParamSortsFirst()
    {
        var parameters = new Dictionary<string, string>
        {
            ["method"] = "jingdong.pop.order.search",
            ["app_key"] = "jd-app-1",
            ["access_token"] = "jd-token",
            ["timestamp"] = "2026-11-24 10:00:00",
            ["v"] = "2.0",
            ["sign_method"] = "md5",
            ["360buy_param_json"] = """{"page":"1","page_size":"50"}""",
        };
        const string joined = """360buy_param_json{"page":"1","page_size":"50"}access_tokenjd-tokenapp_keyjd-app-1""" +
                              "methodjingdong.pop.order.searchsign_methodmd5timestamp2026-11-24 10:00:00v2.0";
        Assert.Equal(joined, Signing.Joined(parameters));
        Assert.Equal("AF15C104019254152B3F7955CB4A1FB4", Md5Hex("jdsecret" + joined + "jdsecret"));
        Assert.Equal("AF15C104019254152B3F7955CB4A1FB4", Signing.Md5(parameters, "jdsecret"));
    }

    [Fact]
    public void ShopifyHmac_Vector_MatchesAndVerifies()
    {
        var body = """{"id":1,"name":"#1001"}"""u8.ToArray();
        const string expected = "ybi5GMyq3UlgsyWLTJU1wvBRjL3uJyvuWTBki5k2cJY=";
        Assert.Equal(expected, Signing.ShopifyHmac(body, "hush"));
        Assert.True(Signing.ShopifyHmacMatches(body, "hush", expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    [InlineData("ybi5GMyq3UlgsyWLTJU1wvBRjL3uJyvuWTBki5k2cJA=")]
    public void ShopifyHmacMatches_WrongOrMalformedHeader_False(string? header) =>
        Assert.False(Signing.ShopifyHmacMatches("""{"id":1,"name":"#1001"}"""u8, "hush", header));

    private static string Md5Hex(string text) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
