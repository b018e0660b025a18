namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// What an error message says when the platform gives no usable code: PDD publishes no rate-limit code and JD's
/// apiResult carries only text, so the words decide between waiting, re-authorising and giving up.
/// </summary>
internal static class PlatformMessages
{
    private static readonly string[] s_limited = ["limited", "rate limit", "限流", "频繁", "超限", "too many", "frequency"];
    private static readonly string[] s_auth = ["access_token", "accesstoken", "token", "授权", "session", "签名", "sign", "client_id", "app_key"];
    private static readonly string[] s_busy = ["busy", "繁忙", "timeout", "超时", "系统异常", "系统错误", "service unavailable", "稍后"];

    public static bool SaysLimited(string text) => Contains(text, s_limited);
    public static bool SaysAuth(string text) => Contains(text, s_auth);
    public static bool SaysBusy(string text) => Contains(text, s_busy);

    private static bool Contains(string text, string[] words) =>
        words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The usual order of precedence: a limit means wait, a credential problem means stop, busy means retry.</summary>
    public static PlatformException Classify(string code, string message)
    {
        var kind = SaysLimited(message) ? PlatformErrorKind.RateLimited
            : SaysAuth(message) ? PlatformErrorKind.Auth
            : SaysBusy(message) ? PlatformErrorKind.Transient
            : PlatformErrorKind.Permanent;
        return new PlatformException(kind, code, message);
    }
}
