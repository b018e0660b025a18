using Microsoft.AspNetCore.Identity;

namespace OrderDesk.Data;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
