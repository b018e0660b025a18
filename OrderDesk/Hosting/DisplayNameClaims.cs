using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OrderDesk.Data;

namespace OrderDesk.Hosting;

/// <summary>
/// Puts the user's display name into the sign-in cookie, so whatever a person signs (a wave, a scan, a report) carries
/// the same name without a database lookup per page.
/// </summary>
internal sealed class DisplayNameClaims(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string ClaimType = "orderdesk:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim(ClaimType, user.DisplayName));
        return identity;
    }
}

public static class SignedInUser
{
    /// <summary>The name work is signed with: the display name, else the user name (the e-mail address).</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaims.ClaimType) ?? user.Identity?.Name ?? "?";

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "";
}
