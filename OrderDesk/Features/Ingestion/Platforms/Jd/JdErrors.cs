using System.Text.Json;

namespace OrderDesk.Features.Ingestion.Platforms.Jd;

/// <summary>
/// JD's two error shapes → <see cref="PlatformException"/>: the gateway's error_response (code, zh_desc, en_desc) and
/// apiResult.success=false inside an HTTP 200 answer.
/// </summary>
public static class JdErrors
{
    // 19 invalid access_token, 18/20 missing/invalid app key, 21/22 sign problems: credentials, not retryable.
    private static readonly HashSet<string> s_authCodes = ["18", "19", "20", "21", "22"];

    public static void ThrowIfError(JsonElement root)
    {
        if (root.Child("error_response") is not { ValueKind: JsonValueKind.Object } error) return;
        var code = error.Text("code");
        var message = string.Join(" ", new[] { error.Text("en_desc"), error.Text("zh_desc") }.Where(s => s.Length > 0));
        if (s_authCodes.Contains(code)) throw new PlatformException(PlatformErrorKind.Auth, code, message);
        throw PlatformMessages.Classify(code, message);
    }

    public static void ThrowIfApiFailed(JsonElement apiResult)
    {
        if (apiResult.ValueKind != JsonValueKind.Object || apiResult.Text("success") != "false") return;
        var code = apiResult.FirstText("englishErrCode", "numberCode");
        var message = string.Join(" ", new[] { apiResult.Text("englishErrCode"), apiResult.Text("chineseErrCode") }
            .Where(s => s.Length > 0));
        throw PlatformMessages.Classify(code.Length > 0 ? code : "api-result", message.Length > 0 ? message : "apiResult.success=false");
    }
}
