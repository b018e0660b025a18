using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace OrderDesk.Benchmarks.Board;

/// <summary>
/// The app as its own process (the OrderDesk.dll built beside the benchmarks) on a loopback port, in a fresh data
/// directory with demo data and the harness diagnostics on, so its memory is the server's alone.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    public const string DemoPassword = "Bench!2026";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "orderdesk-bench", "boards-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http;
    private Process? _process;

    private AppProcess(int port)
    {
        Address = new Uri($"http://127.0.0.1:{port}/");
        _http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }
    public int Pid => _process?.Id ?? 0;
    /// <summary>The app's SQLite file (WAL, busy timeout): a harness may prepare data in it beside the running app.</summary>
    public string DatabasePath => Path.Combine(_folder, "orderdesk.db");

    public static async Task<AppProcess> StartAsync()
    {
        var app = new AppProcess(FreePort());
        Directory.CreateDirectory(app._folder);
        var dll = Path.Combine(AppContext.BaseDirectory, "OrderDesk.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", app.Address.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                // Development only because static web assets (MudBlazor, blazor.web.js) are served from the build
                // output in Development alone; a published app serves them in Production. Nothing else differs
                // here but the exception page.
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["OrderDesk__DataDirectory"] = app._folder,
                ["OrderDesk__Demo__Enabled"] = "true",
                ["OrderDesk__Demo__Password"] = DemoPassword,
                ["OrderDesk__Diagnostics__Enabled"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        app._process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var output = new List<string>();
        app._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        app._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (app._process.HasExited) break;
            try
            {
                if ((await app._http.GetAsync("healthz")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        string tail;
        lock (output) tail = string.Join('\n', output.TakeLast(30));
        await app.DisposeAsync();
        throw new InvalidOperationException("The app did not become healthy:\n" + tail);
    }

    /// <summary>The app's counters; with <paramref name="collect"/> after a full, compacting collection.</summary>
    public async Task<Stats> StatsAsync(bool collect = false) =>
        (await _http.GetFromJsonAsync<Stats>($"_diagnostics?collect={(collect ? "true" : "false")}"))!;

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _http.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* the OS temp cleaner takes it */ }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed record Stats(long DbCommands, int Circuits, int BoardComputations, int BoardSubscribers, long ManagedBytes,
        long WorkingSetBytes, long PrivateBytes);
}
