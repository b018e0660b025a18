using System.Security.Cryptography;
using System.Text;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// The platforms' request signatures (PLATFORMS.md). Taobao TOP, JD and Pinduoduo share one recipe: sort the
/// non-empty parameters except <c>sign</c> by name, join as name1value1name2value2…, then MD5 with the secret
/// on both sides (or HMAC keyed by the secret), upper-case hex.
/// </summary>
public static class Signing
{
    public static string Joined(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Concat(parameters
            .Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + p.Value));

    public static string Md5(IEnumerable<KeyValuePair<string, string>> parameters, string secret) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(secret + Joined(parameters) + secret)));

    public static string HmacMd5(IEnumerable<KeyValuePair<string, string>> parameters, string secret) =>
        Convert.ToHexString(HMACMD5.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Joined(parameters))));

    public static string HmacSha256(IEnumerable<KeyValuePair<string, string>> parameters, string secret) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Joined(parameters))));

    /// <summary>TOP's <c>sign_method</c>: md5, hmac or hmac-sha256.</summary>
    public static string Top(IEnumerable<KeyValuePair<string, string>> parameters, string secret, string signMethod) =>
        signMethod switch
        {
            "md5" => Md5(parameters, secret),
            "hmac" => HmacMd5(parameters, secret),
            "hmac-sha256" => HmacSha256(parameters, secret),
            _ => throw new ArgumentException($"Unknown sign_method '{signMethod}'.", nameof(signMethod)),
        };

    /// <summary>Shopify's <c>X-Shopify-Hmac-SHA256</c>: Base64 of HMAC-SHA256 over the raw body.</summary>
    public static string ShopifyHmac(ReadOnlySpan<byte> body, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Constant-time comparison of a received webhook signature; a missing or malformed header is simply false.</summary>
    public static bool ShopifyHmacMatches(ReadOnlySpan<byte> body, string secret, string? header)
    {
        if (string.IsNullOrEmpty(header)) return false;
        Span<byte> received = stackalloc byte[64];
        if (!Convert.TryFromBase64String(header, received, out var length) || length != 32) return false;
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, received[..length]);
    }
}
