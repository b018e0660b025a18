using System.Globalization;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// The form-encoded router protocol TOP defined and JD's JOS copied (PDD's differs only in names): common parameters
/// plus the md5 signature over everything else in the form.
/// </summary>
internal static class RouterForm
{
    /// <summary>TOP/JOS common parameters; the seller token is "session" on TOP and "access_token" on JD.</summary>
    public static Dictionary<string, string> TopStyle(string method, string tokenName, ShopConnection shop, DateTimeOffset now) => new()
    {
        ["method"] = method,
        ["app_key"] = shop.Secret.AppKey,
        [tokenName] = shop.Secret.AccessToken,
        ["timestamp"] = ChinaTime.Format(now),
        ["v"] = "2.0",
        ["sign_method"] = "md5",
    };

    /// <summary>Signs last, once every parameter is in, as the platforms verify over the whole form.</summary>
    public static Dictionary<string, string> SignedWith(this Dictionary<string, string> form, string secret)
    {
        form["sign"] = Signing.Md5(form, secret);
        return form;
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
