using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using OrderDesk.Data;

namespace OrderDesk.Features.Accounts;

internal static class AccountEndpoints
{
    public static void MapAccounts(this WebApplication app)
    {
        app.MapPost("/account/signin", async (HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn) =>
        {
            // Checked here rather than by the framework, so a stale form (an old tab, rotated keys)
            // gets a friendly "try again" instead of a bare 400.
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Redirect(LoginUrl("expired", "/", null));
            var form = await http.Request.ReadFormAsync();
            string? email = form["email"], password = form["password"];
            var target = SafeLocal(form["returnUrl"]);
            if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
                return Results.Redirect(LoginUrl("invalid", target, email));

            // The same message for an unknown user and a wrong password, so the form does not reveal who has an account.
            var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return Results.LocalRedirect(target);
            return Results.Redirect(LoginUrl(result.IsLockedOut ? "locked" : "invalid", target, email));
        }).AllowAnonymous().DisableAntiforgery();

        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }

    private static string SafeLocal(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    private static string LoginUrl(string error, string returnUrl, string? email) =>
        $"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}&email={Uri.EscapeDataString(email ?? "")}";
}
