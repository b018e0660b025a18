using System.Diagnostics;

namespace OrderDesk.Tests.Support;

/// <summary>
/// Runs the built OrderDesk.dll in Production on a fresh data directory with extra command-line settings and waits
/// for it to exit: for start-ups that must refuse with one line on stderr (the test host would only see a disposed host).
/// </summary>
public static class RefusedStart
{
    public static async Task<(int ExitCode, string[] ErrorLines)> RunAsync(IEnumerable<string> settings, CancellationToken ct)
    {
        using var data = new TempDataDirectory();
        var app = Path.Combine(AppContext.BaseDirectory, "OrderDesk.dll");
        var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0", "--OrderDesk:DataDirectory", data.Path, .. settings])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "None";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        _ = await stdout;
        return (process.ExitCode, (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
