using System.Diagnostics;
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
        using var data = new TempDataDirectory();
        var app = Path.Combine(AppContext.BaseDirectory, "OrderDesk.dll");
        var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0", "--OrderDesk:DataDirectory", data.Path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "None";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        Assert.Equal(1, process.ExitCode);
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal([DatabaseInitializer.MissingAdminMessage], lines);
        Assert.Contains("OrderDesk:Bootstrap:AdminEmail", lines[0]);
        _ = await stdout;
    }
}
