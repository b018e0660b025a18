using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OrderDesk.Data;

namespace OrderDesk.Tests.Support;

/// <summary>
/// The real app on a temporary data directory: real SQLite files, real Identity, real Hangfire.
/// Demo mode is on with a small data set unless a test says otherwise; time comes from <see cref="Clock"/>.
/// </summary>
public partial class OrderDeskApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Demo!2026";

    private readonly TempDataDirectory _data = new();
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["OrderDesk:Demo:Enabled"] = "true",
        ["OrderDesk:Demo:Password"] = DemoPassword,
        ["OrderDesk:Demo:OrderCount"] = "600",
        ["OrderDesk:Demo:HistoryDays"] = "30",
        // Recurring pulls run on Hangfire's real clock against whatever clients are registered: tests that want
        // them switch them on; the others stay free of background writes.
        ["OrderDesk:Ingestion:PullsEnabled"] = "false",
        // Alert evaluation likewise runs only when a test calls AlertEvaluator.
        ["OrderDesk:Alerts:Enabled"] = "false",
        // The platform simulators run only when a test advances them, and answer without injected faults.
        ["OrderDesk:Simulators:AdvanceInBackground"] = "false",
        ["OrderDesk:Simulators:MaxCatchUpMinutes"] = "100000",
        ["OrderDesk:Simulators:ArrivalsPerMinute"] = "0.4",
        ["OrderDesk:Simulators:Faults:RateLimit"] = "0",
        ["OrderDesk:Simulators:Faults:ServerError"] = "0",
        ["OrderDesk:Simulators:Faults:Slow"] = "0",
        ["OrderDesk:Simulators:Faults:LateChange"] = "0",
        ["OrderDesk:Simulators:Faults:Duplicate"] = "0",
        ["OrderDesk:Simulators:Faults:OutOfOrder"] = "0",
        ["OrderDesk:Simulators:Faults:Malformed"] = "0",
    };

    public TestClock Clock { get; } = new();
    public string DataPath => _data.Path;

    public OrderDeskApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Serves over Kestrel on a free loopback port, for browsers and raw HTTP clients.</summary>
    public OrderDeskApp OnRealPort()
    {
        UseKestrel(0);
        return this;
    }

    public Uri RealAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        }
    }

    /// <summary>
    /// Starts the host before any test runs: the demo data is seeded around the clock's time at start-up,
    /// so a test that moves the clock first would otherwise seed history into its own window.
    /// </summary>
    public ValueTask InitializeAsync()
    {
        StartServer();
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Development maps the build's static web assets (collocated .razor.js, _content/, _framework/) by
        // itself and publish copies them; the Testing environment has to ask.
        builder.UseStaticWebAssets();
        builder.UseSetting("OrderDesk:DataDirectory", _data.Path);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, RemoteAddressStartupFilter>();
        });
    }

    public async Task<OrderDeskDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContextAsync();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real login form; fails the test if sign-in does not succeed.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = DemoPassword)
    {
        var client = Anonymous();
        var response = await SignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("error=") == true)
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode} {response.Headers.Location}");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string returnUrl = "/")
    {
        var token = AntiforgeryToken(await client.GetStringAsync("/account/login"));
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
    }

    /// <summary>The antiforgery token of the first form on a rendered page.</summary>
    public static string AntiforgeryToken(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _data.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
