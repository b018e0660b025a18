using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;

namespace OrderDesk.Hosting;

/// <summary>
/// Runs before the app serves anything: applies migrations, makes sure the roles and a first admin
/// exist, and in demo mode seeds the demo users and data.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    OrderDeskOptions options,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public const string MissingAdminMessage =
        "OrderDesk cannot start: no admin account exists. Set OrderDesk:Bootstrap:AdminEmail and " +
        "OrderDesk:Bootstrap:AdminPassword (or OrderDesk:Demo:Enabled=true for demo mode).";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await using (var db = await provider.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
        }

        var users = provider.GetRequiredService<UserManager<AppUser>>();
        if (options.Demo.Enabled)
        {
            await EnsureDemoUsersAsync(users);
            await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
        await EnsureAdminAsync(users);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureDemoUsersAsync(UserManager<AppUser> users)
    {
        if (string.IsNullOrWhiteSpace(options.Demo.Password))
            throw new StartupRefusedException("OrderDesk cannot start: demo mode needs OrderDesk:Demo:Password.");
        foreach (var (email, role, name) in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            Check(await users.CreateAsync(user, options.Demo.Password), $"demo user {email}");
            Check(await users.AddToRoleAsync(user, role), $"role of {email}");
        }
    }

    private async Task EnsureAdminAsync(UserManager<AppUser> users)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return;
        var bootstrap = options.Bootstrap;
        if (string.IsNullOrWhiteSpace(bootstrap.AdminEmail) || string.IsNullOrWhiteSpace(bootstrap.AdminPassword))
            throw new StartupRefusedException(MissingAdminMessage);

        var admin = new AppUser
        {
            UserName = bootstrap.AdminEmail, Email = bootstrap.AdminEmail, EmailConfirmed = true, DisplayName = "Administrator",
        };
        Check(await users.CreateAsync(admin, bootstrap.AdminPassword), $"bootstrap admin {bootstrap.AdminEmail}");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "bootstrap admin role");
        logger.LogInformation("Created the first admin account {Email} from OrderDesk:Bootstrap", bootstrap.AdminEmail);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new StartupRefusedException(
                $"OrderDesk cannot start: creating {what} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
