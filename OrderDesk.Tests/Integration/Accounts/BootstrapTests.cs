using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Accounts;

public sealed class BootstrapTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_OutsideDemoWithBootstrapKeys_CreatesOnlyThatAdmin()
    {
        await using var app = new PlainApp();
        var client = await app.SignedInAsync(PlainApp.AdminEmail, PlainApp.AdminPassword);

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal([PlainApp.AdminEmail], users.Users.Select(u => u.Email).ToList());
        Assert.Equal([Roles.Admin], await users.GetRolesAsync((await users.FindByEmailAsync(PlainApp.AdminEmail))!));
        Assert.DoesNotContain("demo.orderdesk", await client.GetStringAsync("/account/login", Ct));
    }

    [Fact]
    public async Task Process_OutsideDemoWithoutAdmin_ExitsWithOneLineNamingTheKeys()
    {
        var (exitCode, lines) = await RefusedStart.RunAsync([], Ct);

        Assert.Equal(1, exitCode);
        Assert.Equal([DatabaseInitializer.MissingAdminMessage], lines);
        Assert.Contains("OrderDesk:Bootstrap:AdminEmail", lines[0]);
    }
}
