using System.Text.Json;

namespace OrderDesk.Features.Ingestion.Platforms.Pinduoduo;

/// <summary>
/// PDD's error_response → <see cref="PlatformException"/>. PDD publishes no rate-limit code, so the message decides
/// (PLATFORMS.md): "limited" wording waits, token/sign wording needs re-authorising.
/// </summary>
public static class PddErrors
{
    public static void ThrowIfError(JsonElement root)
    {
        if (root.Child("error_response") is not { ValueKind: JsonValueKind.Object } error) return;
        var subCode = error.Text("sub_code");
        var code = subCode.Length > 0 ? $"{error.Text("error_code")}/{subCode}" : error.Text("error_code");
        var message = string.Join(" ", new[] { error.Text("error_msg"), error.Text("sub_msg") }.Where(s => s.Length > 0));
        throw PlatformMessages.Classify(code, message);
    }
}
