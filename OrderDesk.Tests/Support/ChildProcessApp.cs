using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrderDesk.Tests.Support;

/// <summary>
/// The app as a real child process (the built OrderDesk.dll) on a loopback port, so a test can kill it
/// with SIGKILL mid-work and start it again on the same data directory — what a crash really is.
/// </summary>
public sealed class ChildProcessApp : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly string _dataDirectory;
    private Process? _process;
    private readonly List<string> _output = [];

    public ChildProcessApp(string dataDirectory, IDictionary<string, string>? settings = null)
    {
        _dataDirectory = dataDirectory;
        Port = FreePort();
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_NOLOGO"] = "1",
            ["OrderDesk__DataDirectory"] = dataDirectory,
            ["OrderDesk__Demo__Enabled"] = "true",
            ["OrderDesk__Demo__Password"] = OrderDeskApp.DemoPassword,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            _environment[key.Replace(":", "__")] = value;
    }

    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");
    public string DataDirectory => _dataDirectory;
    public IReadOnlyList<string> Output { get { lock (_output) return [.. _output]; } }

    public async Task StartAsync(CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet", [AppDll(), "--urls", Address.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(AppDll())!,
        };
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{string.Join('\n', Output.TakeLast(30))}");
            try
            {
                if ((await http.GetAsync("healthz", ct)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"The app did not become healthy:\n{string.Join('\n', Output.TakeLast(30))}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — whatever was not committed is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>A clean stop (SIGTERM), letting hosted services finish their current batch.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill!.WaitForExitAsync();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(20))) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The app's build copied beside the tests (with its runtimeconfig and deps files).</summary>
    private static string AppDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OrderDesk.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build OrderDesk.Tests first.", dll);
    }
}
