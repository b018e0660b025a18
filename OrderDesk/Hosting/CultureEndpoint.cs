using Microsoft.AspNetCore.Localization;

namespace OrderDesk.Hosting;

internal static class CultureEndpoint
{
    /// <summary>Stores the chosen language in a cookie and returns to the page (local URLs only).</summary>
    public static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
        {
            var culture = HostingExtensions.SupportedCultures.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (culture is null) return Results.BadRequest($"Unsupported language '{name}'. Use en or zh-Hans.");
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture, culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
}
