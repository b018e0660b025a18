using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrderDesk.Features.Ingestion.Platforms.Taobao;

/// <summary>TOP's error_response → <see cref="PlatformException"/> (codes from TOP's published error list).</summary>
public static partial class TopErrors
{
    private const string AppCallLimited = "7";
    // 25 invalid signature, 26 missing session, 27 invalid session, 28/29 missing/invalid app key: all need someone
    // to fix the shop's credentials, so retrying is pointless.
    private static readonly HashSet<string> s_authCodes = ["25", "26", "27", "28", "29"];

    public static void ThrowIfError(JsonElement root)
    {
        if (root.Child("error_response") is { ValueKind: JsonValueKind.Object } error) throw Classify(error);
    }

    public static PlatformException Classify(JsonElement error)
    {
        var code = error.Text("code");
        var subCode = error.Text("sub_code");
        var message = string.Join(" ", new[] { error.Text("msg"), subCode, error.Text("sub_msg") }.Where(s => s.Length > 0));
        var fullCode = subCode.Length > 0 ? $"{code}/{subCode}" : code;

        if (code == AppCallLimited)
            return new PlatformException(PlatformErrorKind.RateLimited, fullCode, message, BanLength(message));
        if (s_authCodes.Contains(code) || subCode.Contains("session", StringComparison.OrdinalIgnoreCase))
            return new PlatformException(PlatformErrorKind.Auth, fullCode, message);
        // isp.* sub codes are TOP's own back-end failing (remote timeouts, service unavailable): worth a retry.
        if (subCode.StartsWith("isp.", StringComparison.Ordinal))
            return new PlatformException(PlatformErrorKind.Transient, fullCode, message);
        return new PlatformException(PlatformErrorKind.Permanent, fullCode, message);
    }

    /// <summary>"This ban will last for N more seconds": TOP asks for N, and N+1 keeps us clear of the boundary.</summary>
    public static TimeSpan? BanLength(string message)
    {
        var match = BanPattern().Match(message);
        return match.Success ? TimeSpan.FromSeconds(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1) : null;
    }

    [GeneratedRegex(@"ban will last for (\d+) more seconds", RegexOptions.IgnoreCase)]
    private static partial Regex BanPattern();
}
