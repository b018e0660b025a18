using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace OrderDesk.Benchmarks.Board;

/// <summary>
/// Real Blazor circuits on /board: the app in its own process, headless Chromium pages signed in as the demo
/// operations manager. Measures the app's database commands per second over a steady window with 0, 1 and N boards
/// open, and its managed heap (after a full collection) at each step.
/// </summary>
public static class OpenBoardsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var boards = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var window = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30);
        // Another page instead of the board, for comparison (e.g. /not-found: the layout alone).
        var path = args.Length > 2 ? args[2] : "/board";
        var board = path == "/board";
        Console.WriteLine($"// Boards: 0, 1 and {boards} open {path} circuits, {window.TotalSeconds:N0} s windows; load average {Load()}");
        await using var app = await AppProcess.StartAsync();
        Console.WriteLine($"// App pid {app.Pid} at {app.Address}");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Background pages must keep handling their circuit's updates like a wall screen does.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);

        // Sign in once (the cookie is shared by every page of the context), then leave: no circuit stays open.
        var login = await context.NewPageAsync();
        await login.GotoAsync("/account/login");
        await login.GetByTestId("email").FillAsync("ops@demo.orderdesk");
        await login.GetByTestId("password").FillAsync(AppProcess.DemoPassword);
        await login.GetByTestId("sign-in").ClickAsync();
        await login.WaitForURLAsync(url => !url.Contains("/account/login"));
        await login.CloseAsync();
        await WaitAsync(app, s => s.Circuits == 0, "no circuits after sign-in");

        var rows = new List<Row>();
        await Task.Delay(TimeSpan.FromSeconds(10)); // start-up work (demo seed, first pulls) settles
        rows.Add(await MeasureAsync(app, 0, window));

        var pages = new List<IPage>();
        await OpenAsync(context, pages, path, 1);
        await WaitAsync(app, s => s.Circuits == 1 && s.BoardSubscribers == (board ? 1 : 0), "one page");
        rows.Add(await MeasureAsync(app, 1, window));

        // A few at a time: fifty at once on two cores only measures the queue.
        while (pages.Count < boards) await OpenAsync(context, pages, path, Math.Min(5, boards - pages.Count));
        await WaitAsync(app, s => s.Circuits == boards && s.BoardSubscribers == (board ? boards : 0), $"{boards} pages");
        rows.Add(await MeasureAsync(app, boards, window));

        Print(rows, boards);
        foreach (var page in pages) await page.CloseAsync();
        await context.CloseAsync();
        return 0;
    }

    private static async Task OpenAsync(IBrowserContext context, List<IPage> pages, string path, int count)
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await page.WaitForFunctionAsync(path == "/board"
                ? "() => window.__odInteractive === true && document.querySelector('[data-testid=board-kpis]') !== null"
                : "() => window.__odInteractive === true");
            return page;
        }));
        pages.AddRange(opened);
    }

    private static async Task<Row> MeasureAsync(AppProcess app, int boards, TimeSpan window)
    {
        await Task.Delay(TimeSpan.FromSeconds(5)); // circuits' first renders and their JS interop are done
        var memory = await app.StatsAsync(collect: true);
        var load = Load();
        var before = await app.StatsAsync();
        var watch = Stopwatch.StartNew();
        await Task.Delay(window);
        var after = await app.StatsAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"// {boards} boards: {after.Circuits} circuits, {(after.DbCommands - before.DbCommands) / seconds:N1} commands/s, load {load}");
        return new Row(boards, after.Circuits, (after.DbCommands - before.DbCommands) / seconds,
            (after.BoardComputations - before.BoardComputations) / seconds, memory.ManagedBytes, memory.PrivateBytes, load);
    }

    private static async Task WaitAsync(AppProcess app, Func<AppProcess.Stats, bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        AppProcess.Stats stats;
        while (!condition(stats = await app.StatsAsync()))
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException($"Waiting for {what}: {stats}");
            await Task.Delay(500);
        }
    }

    private static void Print(List<Row> rows, int boards)
    {
        Console.WriteLine();
        Console.WriteLine("| Boards open | Circuits | DB commands/s | Board snapshots/s | Managed heap after full GC | Private bytes | Load average |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Boards} | {r.Circuits} | {r.CommandsPerSecond:N2} | {r.SnapshotsPerSecond:N2} | {Mb(r.ManagedBytes)} | {Mb(r.PrivateBytes)} | {r.Load} |");
        var (none, one, many) = (rows[0], rows[1], rows[2]);
        Console.WriteLine();
        Console.WriteLine($"DB commands/s, {boards} boards ÷ 1 board: {many.CommandsPerSecond / one.CommandsPerSecond:N2} " +
            $"(the boards' share above the idle app: {(many.CommandsPerSecond - none.CommandsPerSecond) / (one.CommandsPerSecond - none.CommandsPerSecond):N2})");
        Console.WriteLine($"Board snapshots/s, {boards} ÷ 1: {many.SnapshotsPerSecond / one.SnapshotsPerSecond:N2}");
        Console.WriteLine($"Managed heap per circuit: (0 → {boards}) {Kb((many.ManagedBytes - none.ManagedBytes) / boards)}, " +
            $"(1 → {boards}) {Kb((many.ManagedBytes - one.ManagedBytes) / (boards - 1))}");
        Console.WriteLine($"Private bytes per circuit: (0 → {boards}) {Kb((many.PrivateBytes - none.PrivateBytes) / boards)}, " +
            $"(1 → {boards}) {Kb((many.PrivateBytes - one.PrivateBytes) / (boards - 1))}");
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("N1", CultureInfo.InvariantCulture) + " MB";
    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB";
    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed record Row(int Boards, int Circuits, double CommandsPerSecond, double SnapshotsPerSecond, long ManagedBytes,
        long PrivateBytes, string Load);
}
