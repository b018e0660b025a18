using Microsoft.Playwright;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Browser;

/// <summary>
/// One real app on a loopback port and one headless Debian Chromium, shared by the browser tests.
/// Without Chromium the tests skip, unless ORDERDESK_REQUIRE_BROWSER=1 (CI) makes that a failure.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public BrowserFixture() : this(new OrderDeskApp()) { }

    /// <summary>For a fixture whose app is configured differently (xUnit needs the single public constructor above).</summary>
    protected BrowserFixture(OrderDeskApp app) => App = app.OnRealPort();

    public OrderDeskApp App { get; }
    public IBrowser? Browser { get; private set; }
    public Uri BaseAddress { get; private set; } = default!;
    public string? Unavailable { get; private set; }

    public static bool Required => Environment.GetEnvironmentVariable("ORDERDESK_REQUIRE_BROWSER") == "1";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"No Chromium at {ChromiumPath} (apt-get install chromium).";
            return;
        }
        BaseAddress = App.RealAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies) on a 1440×900 screen; skips or fails the test without a browser.</summary>
    public async Task<IPage> NewPageAsync(string? culture = null)
    {
        if (Browser is null)
        {
            if (Required) Assert.Fail($"Browser tests are required here but cannot run: {Unavailable}");
            Assert.Skip(Unavailable ?? "No browser.");
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = culture ?? "en-US",
        });
        // Generous: the suite runs many test hosts in parallel on two cores, and a slow step is not a wrong one.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string role, string? culture = null)
    {
        var page = await NewPageAsync(culture);
        await SignInAsync(page, $"{role}@demo.orderdesk", OrderDeskApp.DemoPassword);
        // Signed in once the redirect away from the login page is committed; callers wait for what they need next
        // (a page's load, its circuit), so a busy machine's slow landing page is not counted against the sign-in.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), Committed);
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
    }

    /// <summary>
    /// For <c>WaitForURLAsync</c>: the navigation is there once committed. The router's own navigations have no load event
    /// to wait for, and whatever a test does next waits for its own element or the circuit.
    /// </summary>
    public static PageWaitForURLOptions Committed => new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>Waits until the page's Blazor circuit is connected, so clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('.mud-layout') !== null && window.__odInteractive === true",
            null, new PageWaitForFunctionOptions { Timeout = 20_000 });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
