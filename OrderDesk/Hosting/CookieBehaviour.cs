using Microsoft.AspNetCore.Authentication.Cookies;

namespace OrderDesk.Hosting;

/// <summary>Pages redirect to login or the "not allowed" page; APIs and the job dashboard answer with status codes.</summary>
internal static class CookieBehaviour
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/access-denied";
        options.Cookie.Name = "OrderDesk.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized, isForbidden: false);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden, isForbidden: true);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context,
        int status, bool isForbidden)
    {
        var path = context.Request.Path;
        var isMachineEndpoint = path.StartsWithSegments("/api") || (isForbidden && path.StartsWithSegments("/jobs"));
        if (isMachineEndpoint)
        {
            context.Response.StatusCode = status;
            // A body keeps the status-code page middleware from turning this into an HTML "not found".
            return context.Response.WriteAsync(isForbidden ? "Forbidden: your role may not use this." : "Sign in first.");
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
