using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Shared;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Accounts;

public sealed class SignInTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_CorrectPassword_RedirectsToReturnUrlWithCookie()
    {
        var client = app.Anonymous();

        var response = await OrderDeskApp.SignInAsync(client, "ops@demo.orderdesk", OrderDeskApp.DemoPassword, "/orders");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/orders", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrl_GoesHomeInstead()
    {
        var response = await OrderDeskApp.SignInAsync(app.Anonymous(), "ops@demo.orderdesk", OrderDeskApp.DemoPassword, "https://evil.example/");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("finance@demo.orderdesk", "wrong-password")]
    [InlineData("nobody@demo.orderdesk", "wrong-password")]
    public async Task SignIn_WrongPasswordOrUnknownUser_SameMessageWithoutSayingWhich(string email, string password)
    {
        var client = app.Anonymous();

        var response = await OrderDeskApp.SignInAsync(client, email, password);
        var page = await client.GetStringAsync(response.Headers.Location, Ct);

        Assert.Contains("error=invalid", response.Headers.Location!.OriginalString);
        Assert.Contains("The email or password is not correct.", page);
        Assert.DoesNotContain("locked", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_RefusedWithTryAgainMessage()
    {
        var client = app.Anonymous();
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "admin@demo.orderdesk", ["password"] = OrderDeskApp.DemoPassword,
        }), Ct);
        Assert.Contains("error=expired", response.Headers.Location!.OriginalString);
        Assert.Contains("The form expired", await client.GetStringAsync(response.Headers.Location, Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        const string email = "lockme@demo.orderdesk";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, OrderDeskApp.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Finance);
        }
        var client = app.Anonymous();

        for (var attempt = 1; attempt <= 4; attempt++)
            Assert.Contains("error=invalid", (await OrderDeskApp.SignInAsync(client, email, "wrong")).Headers.Location!.OriginalString);
        var fifth = await OrderDeskApp.SignInAsync(client, email, "wrong");
        var rightPassword = await OrderDeskApp.SignInAsync(client, email, OrderDeskApp.DemoPassword);

        Assert.Contains("error=locked", fifth.Headers.Location!.OriginalString);
        Assert.Contains("error=locked", rightPassword.Headers.Location!.OriginalString);
        Assert.Contains("locked for 15 minutes", await client.GetStringAsync(rightPassword.Headers.Location, Ct));
    }

    [Fact]
    public async Task SignOut_AfterSignIn_ProtectedPagesRedirectToLoginAgain()
    {
        var client = await app.SignedInAsync("supervisor@demo.orderdesk");
        // Any prerendered form carries a token bound to the signed-in user; the login page has one.
        var token = OrderDeskApp.AntiforgeryToken(await client.GetStringAsync("/account/login", Ct));
        Assert.NotEmpty(token);

        var response = await client.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/orders", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task LoginPage_DemoMode_ListsDemoAccountsAndPassword()
    {
        var page = await app.Anonymous().GetStringAsync("/account/login", Ct);
        foreach (var (email, _, _) in OrderDesk.Features.Demo.DemoAccounts.All) Assert.Contains(email, page);
        Assert.Contains(OrderDeskApp.DemoPassword, page);
    }

    [Fact]
    public async Task DemoMode_SeedsOneUserPerRole()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (email, role, _) in OrderDesk.Features.Demo.DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal([role], await users.GetRolesAsync(user));
        }
    }
}
