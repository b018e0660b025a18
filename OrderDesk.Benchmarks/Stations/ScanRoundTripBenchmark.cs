using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrderDesk.Benchmarks.Board;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;

namespace OrderDesk.Benchmarks.Stations;

/// <summary>
/// Scan round trips over real Blazor circuits: the app in its own process with demo data, headless Chromium pages signed
/// in as the demo warehouse worker, each page a pick station with its own orders. Each page scans like a person (a code,
/// Enter, wait for the answer, the next code); all pages at once. A page's own script times every scan: from the Enter
/// keydown on the scan box (capture phase, before the station's module takes the code) to the DOM mutation that puts the
/// next answer on the verdict banner (its <c>data-seq</c> grows by one per answer).
/// </summary>
public static class ScanRoundTripBenchmark
{
    private const string Worker = "warehouse@demo.orderdesk";
    private const int WarmUpScans = 15;
    private static bool s_silent;
    private static int s_pace;
    private static bool s_still;
    private static bool s_noQueue;

    // Installed in every page before its own scripts: times each Enter on the scan box to the banner's next answer.
    private const string Probe = """
        (() => {
          const probe = window.__odScan = { pending: [], results: [], last: 0 };
          document.addEventListener("keydown", e => {
            const t = e.target;
            if (e.key !== "Enter" || !t || t.dataset?.testid !== "scan-input") return;
            probe.pending.push({ code: t.value.trim(), t0: performance.now() });
          }, true);
          new MutationObserver(records => {
            const now = performance.now();
            for (const r of records) {
              const el = r.target;
              if (el.dataset?.testid !== "verdict") continue;
              const seq = Number(el.dataset.seq || "0");
              while (probe.last < seq) {
                probe.last++;
                const p = probe.pending.shift();
                probe.results.push({ code: p ? p.code : "", ms: p ? now - p.t0 : -1, seq: probe.last,
                  kind: el.dataset.kind || "", verdict: el.dataset.verdict || "" });
              }
            }
            if (probe.waiter && probe.results.length >= probe.waiter.n) { const w = probe.waiter; probe.waiter = null; w.resolve(); }
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-seq"] });
          // Resolves once n answers are in: the harness waits on a promise, not by polling every frame.
          probe.wait = n => probe.results.length >= n ? Promise.resolve() : new Promise(resolve => { probe.waiter = { n, resolve }; });
        })();
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var stations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var scans = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        // The pause between an answer and the next scan, ± 50 % at random (0: the next code at once, a saturating load).
        var pace = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        // keys: Playwright types each code and presses a real Enter (trusted input, three driver calls a scan);
        // page: a script in the page sets the code and dispatches the Enter keydown itself (no driver traffic while scanning).
        var driver = args.Length > 3 ? args[3] : "keys";
        if (driver is not ("keys" or "page")) throw new ArgumentException("driver is keys or page");
        // Diagnostic: "silent" takes Web Audio away from the pages (the station's beeps then fail quietly, as on a PC
        // without sound), to see what the software audio output of twenty headless pages costs the shared cores.
        // "still" turns CSS transitions and animations off (the progress bar's slide is painted frame by frame in software).
        var diagnostics = args.Length > 4 ? args[4].Split('+') : [];
        s_silent = diagnostics.Contains("silent");
        s_still = diagnostics.Contains("still");
        // "noqueue" hides the station's queue (display: none): its rows are still patched into the DOM, not styled, laid out or painted.
        s_noQueue = diagnostics.Contains("noqueue");
        s_pace = pace;
        Console.WriteLine($"// Scan round trips: 1 then {stations} pick stations, {scans} scans each, pause {pace} ms ± 50 %, driver {driver}" +
            $"{(s_silent ? ", silent" : "")}{(s_still ? ", still" : "")}{(s_noQueue ? ", noqueue" : "")}; load average {Load()}");
        await using var app = await AppProcess.StartAsync();
        Console.WriteLine($"// App pid {app.Pid} at {app.Address}");

        // Slot 0 warms up, slot 1 is the single station, slots 2.. the concurrent ones: every slot its own station and orders.
        var plans = await PrepareAsync(app.DatabasePath, stations + 2, Math.Max(scans, WarmUpScans));
        Console.WriteLine($"// Prepared {plans.Count} stations: {string.Join(", ", plans.Select(p => $"{p.Station} ({p.Codes.Count} codes, {p.Orders} orders)"))}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var storage = await SignInAsync(browser, app);

        var rows = new List<Row>();
        var warmUp = await RunRoundAsync(browser, app, storage, plans.Take(1).ToList(), WarmUpScans, driver);
        Console.WriteLine($"// Warm-up: {warmUp.Samples.Count} scans, p50 {Percentile(warmUp.Samples, 50):N1} ms (not counted)");
        rows.Add(await RunRoundAsync(browser, app, storage, plans.Skip(1).Take(1).ToList(), scans, driver));
        rows.Add(await RunRoundAsync(browser, app, storage, plans.Skip(2).ToList(), scans, driver));
        Print(rows);
        return rows.All(r => r.Mismatches.Count == 0 && r.Samples.Count == r.Stations * scans) ? 0 : 1;
    }

    /// <summary>Stations and released orders for every slot, written to the app's database beside the running app.</summary>
    internal static async Task<List<StationPlan>> PrepareAsync(string databasePath, int slots, int scans)
    {
        var services = BenchServices.Create(databasePath, DateTimeOffset.UtcNow)
            .AddSingleton(TimeProvider.System) // the app's clock: waves numbered and due like the app's own
            .AddSingleton(new FulfillmentOptions())
            .AddSingleton<OrderDesk.Features.Fulfillment.Carriers.CarrierAdvisor>()
            .AddSingleton<WaveDesk>()
            .AddSingleton<StationDesk>();
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>();
        var waves = provider.GetRequiredService<WaveDesk>();
        var desk = provider.GetRequiredService<StationDesk>();
        await using var db = await factory.CreateDbContextAsync();

        // The demo seeder releases one wave per warehouse at start-up; wait until every warehouse has it.
        var watch = Stopwatch.StartNew();
        var warehouses = await db.Warehouses.AsNoTracking().OrderBy(w => w.Code).Select(w => new { w.Id, w.Code, w.Name }).ToListAsync();
        while (await db.Waves.Select(w => w.WarehouseId).Distinct().CountAsync() < warehouses.Count)
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException("The demo waves were not released.");
            await Task.Delay(500);
        }

        // Station i works in warehouse i mod W as its (i div W + 1)th station; the app creates four a warehouse, the rest are added.
        var skus = await db.Skus.AsNoTracking().Select(s => new { s.Code, s.Name, s.Barcode }).ToListAsync();
        var byName = skus.ToLookup(s => s.Name);
        var plans = new List<StationPlan>();
        for (var w = 0; w < warehouses.Count; w++)
        {
            var warehouse = warehouses[w];
            var count = Enumerable.Range(0, slots).Count(i => i % warehouses.Count == w);
            if (count == 0) continue;
            var existing = (await desk.StationsAsync(warehouse.Id, CancellationToken.None)).Select(s => s.Code).ToHashSet();
            var codes = Enumerable.Range(1, count).Select(n => $"{warehouse.Code}-S{n:D2}").ToList();
            db.Stations.AddRange(codes.Where(c => !existing.Contains(c)).Select(c => new Station(warehouse.Id, c, $"{warehouse.Name} {c[^3..]}")));
            await db.SaveChangesAsync();

            // Enough open orders at pick for the worst case (one unit an order: a slip and a unit per order).
            var wanted = count * (scans / 2 + 2);
            for (var round = 0; round < 10; round++)
            {
                var atPick = await db.WaveOrders.CountAsync(o => o.WarehouseId == warehouse.Id && o.Stage == FulfillmentStage.Pick && o.HeldByUserId == null);
                if (atPick >= wanted) break;
                var ready = await waves.ReadyAsync(warehouse.Id, Math.Min(Wave.MaxOrders, wanted - atPick), CancellationToken.None);
                if (ready.Count == 0) break;
                await waves.ReleaseManualAsync(warehouse.Id, ready.Select(o => o.OrderId).ToList(), "scan benchmark", CancellationToken.None);
            }
            var orders = await db.WaveOrders.AsNoTracking().Include(o => o.Lines)
                .Where(o => o.WarehouseId == warehouse.Id && o.Stage == FulfillmentStage.Pick && o.HeldByUserId == null)
                .OrderBy(o => o.Id).ToListAsync();
            var queue = new Queue<WaveOrder>(orders);
            for (var n = 0; n < count; n++)
            {
                // A person's stream: the slip opens the order, then its units; every fourth code a wrong one (an unknown
                // barcode, or a sibling variant of a line: the same product in another colour or size), never after the last unit.
                var plan = new List<PlannedScan>();
                var opened = 0;
                while (plan.Count < scans && queue.TryDequeue(out var order))
                {
                    opened++;
                    plan.Add(new PlannedScan(order.OrderBarcode, Blocked: false));
                    foreach (var line in order.Lines)
                    {
                        for (var unit = 0; unit < line.Quantity; unit++)
                        {
                            if (plan.Count % 4 == 3)
                            {
                                var inOrder = order.Lines.Select(l => l.SkuCode).ToHashSet();
                                var sibling = plan.Count % 8 == 3 ? null
                                    : byName[line.ProductName].FirstOrDefault(s => !inOrder.Contains(s.Code))?.Barcode;
                                plan.Add(new PlannedScan(sibling ?? $"NOSUCH{plan.Count:D6}", Blocked: true));
                            }
                            plan.Add(new PlannedScan(line.Barcode, Blocked: false));
                        }
                    }
                }
                plans.Add(new StationPlan(warehouse.Id, codes[n], plan, opened));
            }
        }
        // Interleave warehouses the way the slots were numbered.
        return plans.OrderBy(SlotOf).ToList();

        int SlotOf(StationPlan p)
        {
            var w = warehouses.FindIndex(x => x.Id == p.WarehouseId);
            var n = int.Parse(p.Station[^2..], CultureInfo.InvariantCulture) - 1;
            return n * warehouses.Count + w;
        }
    }

    /// <summary>Debian's headless Chromium, never throttling a page that is not in front.</summary>
    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-quic", "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
            "--disable-backgrounding-occluded-windows"],
    });

    internal static async Task<string> SignInAsync(IBrowser browser, AppProcess app)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
        context.SetDefaultTimeout(120_000);
        var login = await context.NewPageAsync();
        await login.GotoAsync("/account/login");
        await login.GetByTestId("email").FillAsync(Worker);
        await login.GetByTestId("password").FillAsync(AppProcess.DemoPassword);
        await login.GetByTestId("sign-in").ClickAsync();
        await login.WaitForURLAsync(url => !url.Contains("/account/login"));
        var state = await context.StorageStateAsync();
        await login.CloseAsync();
        return state;
    }

    /// <summary>Opens one page per plan (five at a time), then every page scans its codes, all pages at once.</summary>
    private static async Task<Row> RunRoundAsync(IBrowser browser, AppProcess app, string storage, List<StationPlan> plans, int scans, string driver)
    {
        var contexts = new List<IBrowserContext>();
        try
        {
            var pages = new List<IPage>();
            foreach (var batch in plans.Chunk(5))
            {
                pages.AddRange(await Task.WhenAll(batch.Select(plan => OpenPageAsync(browser, app, storage, plan, contexts))));
            }
            await Task.Delay(TimeSpan.FromSeconds(3)); // first renders, module imports and queue loads are done
            var idleBefore = Cpu.Read(app.Pid);
            await Task.Delay(TimeSpan.FromSeconds(5));
            var idle = Cpu.Read(app.Pid) - idleBefore;
            Console.WriteLine($"// {plans.Count} page(s) open and idle for 5 s: CPU {idle.Share(TimeSpan.FromSeconds(5))} (app / Chromium / driver / others)");
            var loadBefore = Load();
            var cpuBefore = Cpu.Read(app.Pid);
            var watch = Stopwatch.StartNew();
            var results = await Task.WhenAll(pages.Select((page, i) => driver == "page" ? ScanInPageAsync(page, plans[i], scans) : ScanAsync(page, plans[i], scans, s_pace)));
            var elapsed = watch.Elapsed;
            var cpu = Cpu.Read(app.Pid) - cpuBefore;
            var loadAfter = Load();
            var samples = results.SelectMany(r => r).ToList();
            var mismatches = new List<string>();
            for (var i = 0; i < plans.Count; i++)
            {
                for (var k = 0; k < results[i].Length; k++)
                {
                    var (planned, got) = (plans[i].Codes[k], results[i][k]);
                    if (got.Code != planned.Code || (got.Kind == "Blocked") != planned.Blocked || got.Ms < 0)
                        mismatches.Add($"{plans[i].Station} #{k + 1}: {planned.Code} expected {(planned.Blocked ? "blocked" : "accepted")}, got {got.Code} {got.Kind} {got.Verdict}");
                }
            }
            var row = new Row(plans.Count, samples, loadBefore, loadAfter, elapsed, mismatches, cpu);
            Console.WriteLine($"// {row.Stations} station(s): {samples.Count} scans in {elapsed.TotalSeconds:N1} s, p50 {Percentile(samples, 50):N1} ms, " +
                $"p99 {Percentile(samples, 99):N1} ms, load {loadBefore} → {loadAfter}, {mismatches.Count} unexpected answers; " +
                $"CPU s: app {cpu.App:N1}, Chromium {cpu.Chromium:N1}, driver (Playwright + this process) {cpu.Driver:N1}, all other processes {cpu.Others:N1} (of {elapsed.TotalSeconds * Environment.ProcessorCount:N1} core-s)");
            foreach (var m in mismatches.Take(10)) Console.WriteLine("//   " + m);
            return row;
        }
        finally
        {
            foreach (var context in contexts) await context.CloseAsync();
        }
    }

    /// <summary>A signed-in Chromium page at the plan's pick station, its scan box ready; its context joins <paramref name="contexts"/>.</summary>
    internal static async Task<IPage> OpenPageAsync(IBrowser browser, AppProcess app, string storage, StationPlan plan, List<IBrowserContext> contexts)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString(), StorageState = storage });
        lock (contexts) contexts.Add(context);
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        await context.AddInitScriptAsync(Probe);
        if (s_silent) await context.AddInitScriptAsync("window.AudioContext = undefined; window.webkitAudioContext = undefined;");
        var css = (s_still ? "*, *::before, *::after { transition: none !important; animation: none !important; } " : "")
            + (s_noQueue ? ".od-queue { display: none !important; }" : "");
        if (css.Length > 0)
            await context.AddInitScriptAsync($$"""
                document.addEventListener("DOMContentLoaded", () => {
                  const style = document.createElement("style");
                  style.textContent = {{JsonSerializer.Serialize(css)}};
                  document.head.appendChild(style);
                });
                """);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new StationChoice(plan.WarehouseId, plan.Station, FulfillmentStage.Pick).Href);
        await page.WaitForFunctionAsync("() => window.__odInteractive === true && document.querySelector('[data-testid=scan-input]')?.disabled === false");
        return page;
    }

    /// <summary>One station's scans, one after another: a code typed, Enter, and the banner's answer awaited.</summary>
    internal static async Task<Sample[]> ScanAsync(IPage page, StationPlan plan, int scans, int pace)
    {
        // The station's module keeps the focus on the scan box; the code goes in as one text insert (a scanner's
        // burst of characters), then a real Enter key, then the harness waits for the answer without polling.
        await page.GetByTestId("scan-input").FocusAsync();
        var random = new Random(plan.Station.GetHashCode(StringComparison.Ordinal));
        var count = Math.Min(scans, plan.Codes.Count);
        for (var k = 0; k < count; k++)
        {
            if (k > 0 && pace > 0) await Task.Delay((int)(pace * (0.5 + random.NextDouble())));
            await page.Keyboard.InsertTextAsync(plan.Codes[k].Code);
            await page.Keyboard.PressAsync("Enter");
            await page.EvaluateAsync("n => window.__odScan.wait(n)", k + 1);
        }
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.__odScan.results)");
        return JsonSerializer.Deserialize<Sample[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>The same stream driven by a script in the page: the code set in the box, an Enter keydown dispatched on it.</summary>
    private static async Task<Sample[]> ScanInPageAsync(IPage page, StationPlan plan, int scans)
    {
        var random = new Random(plan.Station.GetHashCode(StringComparison.Ordinal));
        var codes = plan.Codes.Take(scans).Select(c => c.Code).ToArray();
        var pauses = codes.Select(_ => s_pace > 0 ? Pause(random) : 0).ToArray();
        var json = await page.EvaluateAsync<string>("""
            async ([codes, pauses]) => {
              const input = document.querySelector("[data-testid=scan-input]");
              const probe = window.__odScan;
              for (let i = 0; i < codes.length; i++) {
                const code = codes[i];
                if (i > 0 && pauses[i] > 0) await new Promise(resolve => setTimeout(resolve, pauses[i]));
                const n = probe.results.length + 1;
                input.focus();
                input.value = code;
                input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", bubbles: true, cancelable: true }));
                await probe.wait(n);
              }
              return JSON.stringify(probe.results);
            }
            """, new object[] { codes, pauses });
        return JsonSerializer.Deserialize<Sample[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static void Print(List<Row> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| Stations | Scans | Accepted | Blocked | p50 | p95 | p99 | max | Scans/s | Load before | Load after | CPU: app / Chromium / driver / others, % of all cores |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {r.Stations} | {r.Samples.Count} | {r.Samples.Count(s => s.Kind != "Blocked")} | {r.Samples.Count(s => s.Kind == "Blocked")} " +
                $"| {Percentile(r.Samples, 50):N1} ms | {Percentile(r.Samples, 95):N1} ms | {Percentile(r.Samples, 99):N1} ms | {r.Samples.Max(s => s.Ms):N1} ms " +
                $"| {r.Samples.Count / r.Elapsed.TotalSeconds:N1} | {r.LoadBefore} | {r.LoadAfter} | {r.Cpu.Share(r.Elapsed)} |");
        }
        if (rows.Count == 2)
        {
            Console.WriteLine();
            Console.WriteLine($"p50 {rows[1].Stations} ÷ 1: {Percentile(rows[1].Samples, 50) / Percentile(rows[0].Samples, 50):N2}; " +
                $"p99 {rows[1].Stations} ÷ 1: {Percentile(rows[1].Samples, 99) / Percentile(rows[0].Samples, 99):N2}");
        }
    }

    private static int Pause(Random random) => (int)(s_pace * (0.5 + random.NextDouble()));

    private static double Percentile(IReadOnlyCollection<Sample> samples, double p) => Percentile(samples.Select(s => s.Ms).ToList(), p);

    /// <summary>Nearest-rank percentile.</summary>
    internal static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    internal static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    internal sealed record PlannedScan(string Code, bool Blocked);

    internal sealed record StationPlan(long WarehouseId, string Station, List<PlannedScan> Codes, int Orders);

    private sealed record Row(int Stations, List<Sample> Samples, string LoadBefore, string LoadAfter, TimeSpan Elapsed, List<string> Mismatches, Cpu Cpu);

    /// <summary>CPU seconds (user + system, from /proc) of the app's process tree, of this harness's tree without the app
    /// (the Playwright driver and Chromium), and of everything else on the machine.</summary>
    internal sealed record Cpu(double App, double Chromium, double Driver, double Others)
    {
        public static Cpu operator -(Cpu a, Cpu b) => new(a.App - b.App, a.Chromium - b.Chromium, a.Driver - b.Driver, a.Others - b.Others);

        public string Share(TimeSpan elapsed)
        {
            var cores = elapsed.TotalSeconds * Environment.ProcessorCount / 100;
            return $"{App / cores:N0} % / {Chromium / cores:N0} % / {Driver / cores:N0} % / {Others / cores:N0} %";
        }

        public static Cpu Read(int appPid)
        {
            if (!File.Exists("/proc/stat")) return new Cpu(0, 0, 0, 0);
            const double tick = 100; // USER_HZ
            var processes = new Dictionary<int, (int Parent, double Seconds, bool Chromium)>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // f[0] is field 3 (state)
                    var comm = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                    processes[pid] = (int.Parse(f[1], CultureInfo.InvariantCulture),
                        (long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture)) / tick,
                        comm.Contains("chrom", StringComparison.OrdinalIgnoreCase));
                }
                catch (IOException) { /* gone meanwhile */ }
            }
            double Tree(int root, int? except, bool? chromium = null)
            {
                var total = 0.0;
                var stack = new Stack<int>([root]);
                while (stack.TryPop(out var pid))
                {
                    if (pid == except || !processes.TryGetValue(pid, out var p)) continue;
                    if (chromium is null || p.Chromium == chromium) total += p.Seconds;
                    foreach (var (child, c) in processes) if (c.Parent == pid) stack.Push(child);
                }
                return total;
            }
            var app = Tree(appPid, null);
            var chromium = Tree(Environment.ProcessId, appPid, chromium: true);
            var driver = Tree(Environment.ProcessId, appPid, chromium: false);
            var busy = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            // user nice system (idle iowait) irq softirq steal
            var machine = (busy[0] + busy[1] + busy[2] + busy[5] + busy[6] + busy[7]) / tick;
            return new Cpu(app, chromium, driver, machine - app - chromium - driver);
        }
    }

    public sealed record Sample(string Code, double Ms, int Seq, string Kind, string Verdict);
}
