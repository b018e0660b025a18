using Microsoft.Playwright;

namespace OrderDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture browser)
{
    public static TheoryData<string, string[], string[]> RoleNav => new()
    {
        { "admin", ["nav-home", "nav-orders", "nav-shops", "nav-audit", "nav-jobs"], [] },
        { "ops", ["nav-home", "nav-orders"], ["nav-admin"] },
        { "warehouse", ["nav-home", "nav-orders"], ["nav-admin"] },
        { "supervisor", ["nav-home", "nav-orders"], ["nav-admin"] },
        { "finance", ["nav-home", "nav-orders"], ["nav-admin"] },
    };

    [Theory]
    [MemberData(nameof(RoleNav))]
    public async Task SignIn_EachRole_LandsOnOverviewWithItsNav(string role, string[] visible, string[] absent)
    {
        var page = await browser.SignedInPageAsync(role);
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Overview");
        foreach (var id in visible) await Assertions.Expect(page.GetByTestId(id)).ToBeVisibleAsync();
        foreach (var id in absent) await Assertions.Expect(page.GetByTestId(id)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageAndStaysOnLogin()
    {
        var page = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page, "ops@demo.orderdesk", "not-the-password");

        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("The email or password is not correct.");
        Assert.Contains("/account/login", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SwitchLanguage_ToChinese_TranslatesShellAndPage()
    {
        var page = await browser.SignedInPageAsync("ops");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("lang-zh").ClickAsync();

        await Assertions.Expect(page.GetByTestId("nav-orders")).ToContainTextAsync("订单");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("概览");
        Assert.Equal("zh-Hans", await page.Locator("html").GetAttributeAsync("lang"));

        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-orders")).ToContainTextAsync("Orders");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_FromUserMenu_ReturnsToLogin()
    {
        var page = await browser.SignedInPageAsync("finance");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("logout").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/account/login"), BrowserFixture.Committed);
        await page.GotoAsync("/orders");
        Assert.Contains("/account/login", page.Url);
        await page.Context.CloseAsync();
    }
}
