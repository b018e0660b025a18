using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using OrderDesk.Benchmarks.Board;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;
using static OrderDesk.Benchmarks.Stations.ScanRoundTripBenchmark;

namespace OrderDesk.Benchmarks.Stations;

/// <summary>
/// Scan round trips over real Blazor circuits with no browser on the server's cores: each station is a
/// <see cref="BlazorCircuit"/> on the app's hub, signed in as the demo warehouse worker, at its own pick station with its own
/// orders, calling the page's <c>Scan</c> exactly as the station's script does after an Enter. Timed per scan: from
/// sending the call to the render batch that carries the answer to the screen ("rendered") and to the answer itself
/// ("answered"; the script beeps on it). In a warehouse every station is its own PC or tablet, so the server's two cores
/// serve the circuits alone; the Chromium variant (<c>scans</c>) puts twenty browsers on those same two cores.
/// </summary>
public static class CircuitScanBenchmark
{
    private const string Worker = "warehouse@demo.orderdesk";
    private const int WarmUpScans = 15;

    public static async Task<int> RunAsync(string[] args)
    {
        var stations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var scans = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        // The pause between an answer and the next scan, ± 50 % at random (0: the next code at once, a saturating load).
        var pace = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        // browser: one of the stations is a real Chromium page timed from its Enter keydown to the answer on its screen,
        // the whole round trip a person sees, while the others load the server; circuits: circuits only.
        var withBrowser = (args.Length > 3 ? args[3] : "browser") switch
        {
            "browser" => true,
            "circuits" => false,
            var other => throw new ArgumentException($"{other}: the fourth argument is browser or circuits"),
        };
        Console.WriteLine($"// Scan round trips: 1 then {stations} pick stations{(withBrowser ? " (one a Chromium page, the rest browserless circuits)" : " (browserless circuits)")}, " +
            $"{scans} scans each, pause {pace} ms ± 50 %; load average {Load()}");
        await using var app = await AppProcess.StartAsync();
        Console.WriteLine($"// App pid {app.Pid} at {app.Address}");

        // Slot 0 warms up, slots 1 and 2 are the single stations (circuit, browser), the rest the concurrent ones.
        var plans = await PrepareAsync(app.DatabasePath, stations + 3, Math.Max(scans, WarmUpScans));
        var cookies = await BlazorCircuit.SignInAsync(app.Address, Worker, AppProcess.DemoPassword);
        using var playwright = withBrowser ? await Microsoft.Playwright.Playwright.CreateAsync() : null;
        await using var browser = playwright is null ? null : await LaunchAsync(playwright);
        var storage = browser is null ? null : await SignInAsync(browser, app);
        var rig = new Rig(app, cookies, browser, storage, pace);

        var warmUp = await rig.RunAsync(plans.Take(1).ToList(), WarmUpScans, browserStations: 0);
        Console.WriteLine($"// Warm-up: {warmUp.Circuits.Count} scans, p50 {Percentile(warmUp.Circuits, 50):N1} ms (not counted)");
        var rounds = new List<Round> { await rig.RunAsync(plans.Skip(1).Take(1).ToList(), scans, browserStations: 0) };
        if (browser is not null) rounds.Add(await rig.RunAsync(plans.Skip(2).Take(1).ToList(), scans, browserStations: 1));
        rounds.Add(await rig.RunAsync(plans.Skip(3).ToList(), scans, browserStations: browser is null ? 0 : 1));
        Print(rounds);
        return rounds.All(r => r.Mismatches.Count == 0 && r.Circuits.Count + r.Browser.Count == r.Stations * scans) ? 0 : 1;
    }

    private sealed record Rig(AppProcess App, CookieContainer Cookies, IBrowser? Browser, string? Storage, int Pace)
    {
        /// <summary>Opens the stations (the first <paramref name="browserStations"/> as Chromium pages), then all scan at once.</summary>
        public async Task<Round> RunAsync(List<StationPlan> plans, int scans, int browserStations)
        {
            var circuits = new List<BlazorCircuit>();
            var contexts = new List<IBrowserContext>();
            try
            {
                var pages = new List<IPage>();
                foreach (var plan in plans.Take(browserStations)) pages.Add(await OpenPageAsync(Browser!, App, Storage!, plan, contexts));
                foreach (var batch in plans.Skip(browserStations).Chunk(5))
                {
                    circuits.AddRange(await Task.WhenAll(batch.Select(plan => BlazorCircuit.OpenAsync(App.Address,
                        new StationChoice(plan.WarehouseId, plan.Station, FulfillmentStage.Pick).Href, Cookies, TimeSpan.FromMinutes(2)))));
                }
                await Task.Delay(TimeSpan.FromSeconds(3)); // first renders, module imports and queue loads are done
                var loadBefore = Load();
                var cpuBefore = Cpu.Read(App.Pid);
                var bytesBefore = circuits.Sum(c => c.Batches.Bytes);
                var watch = Stopwatch.StartNew();
                // People do not start in step: each station's first code comes at a random moment within one pause.
                var starts = plans.Select(p => Pace <= 0 ? 0 : new Random(p.Station.GetHashCode(StringComparison.Ordinal) ^ 17).Next(Pace)).ToList();
                var inPages = pages.Select(async (page, i) =>
                {
                    await Task.Delay(starts[i]);
                    return await ScanAsync(page, plans[i], scans, Pace);
                }).ToList();
                var onCircuits = circuits.Select(async (circuit, i) =>
                {
                    await Task.Delay(starts[browserStations + i]);
                    return await ScanOnCircuitAsync(circuit, plans[browserStations + i], scans, Pace);
                }).ToList();
                var pageResults = await Task.WhenAll(inPages);
                var circuitResults = await Task.WhenAll(onCircuits);
                var elapsed = watch.Elapsed;
                var cpu = Cpu.Read(App.Pid) - cpuBefore;

                var mismatches = new List<string>();
                for (var i = 0; i < plans.Count; i++)
                {
                    var got = i < browserStations
                        ? pageResults[i].Select(s => (Kind: s.Kind.ToLowerInvariant(), Timed: s.Ms >= 0)).ToArray()
                        : circuitResults[i - browserStations].Select(s => (s.Kind, Timed: s.Rendered is not null)).ToArray();
                    for (var k = 0; k < got.Length; k++)
                    {
                        var planned = plans[i].Codes[k];
                        if ((got[k].Kind == "blocked") != planned.Blocked || !got[k].Timed)
                            mismatches.Add($"{plans[i].Station} #{k + 1}: {planned.Code} expected {(planned.Blocked ? "blocked" : "accepted")}, " +
                                $"got {got[k].Kind}{(got[k].Timed ? "" : " without a rendered answer")}");
                    }
                }
                var circuitScans = circuitResults.SelectMany(r => r).ToList();
                var round = new Round(plans.Count, browserStations, elapsed, loadBefore, Load(), cpu,
                    circuitScans.Select(s => s.Rendered ?? double.NaN).ToList(),
                    circuitScans.Select(s => s.Answered).ToList(),
                    pageResults.SelectMany(r => r.Select(s => s.Ms)).ToList(),
                    (circuits.Sum(c => c.Batches.Bytes) - bytesBefore) / (double)Math.Max(1, circuitScans.Count),
                    circuitScans.Count(s => s.Kind == "blocked") + pageResults.Sum(r => r.Count(s => s.Kind == "Blocked")),
                    mismatches);
                Console.WriteLine($"// {round.Stations} station(s), {browserStations} in Chromium: {round.Circuits.Count + round.Browser.Count} scans in {elapsed.TotalSeconds:N1} s; " +
                    $"circuits p99 {Percentile(round.Circuits, 99):N1} ms, Chromium p99 {Percentile(round.Browser, 99):N1} ms; {mismatches.Count} unexpected; " +
                    $"CPU s: app {cpu.App:N1}, Chromium {cpu.Chromium:N1}, harness {cpu.Driver:N1}, others {cpu.Others:N1} (of {elapsed.TotalSeconds * Environment.ProcessorCount:N1} core-s)");
                foreach (var m in mismatches.Take(10)) Console.WriteLine("//   " + m);
                // The tail's shape: slow scans bunched at one moment share a cause (a stall), spread ones do not.
                var slow = circuitScans.Where(c => c.Answered > 50).OrderBy(c => c.SentAt).ToList();
                if (slow.Count > 0)
                    Console.WriteLine($"// Circuit scans over 50 ms ({slow.Count}): " + string.Join(", ", slow.Select(c => $"{c.SentAt:HH:mm:ss.fff} {c.Answered:N0} ms")));
                return round;
            }
            finally
            {
                foreach (var circuit in circuits) await circuit.DisposeAsync();
                foreach (var context in contexts) await context.CloseAsync();
            }
        }
    }

    /// <summary>One station's codes, one after another, each sent once the previous one was answered.</summary>
    private static async Task<Scan[]> ScanOnCircuitAsync(BlazorCircuit circuit, StationPlan plan, int scans, int pace)
    {
        var random = new Random(plan.Station.GetHashCode(StringComparison.Ordinal));
        var results = new List<Scan>();
        foreach (var code in plan.Codes.Take(scans))
        {
            if (results.Count > 0 && pace > 0) await Task.Delay((int)(pace * (0.5 + random.NextDouble())));
            var sentAt = DateTimeOffset.UtcNow;
            var answer = await circuit.InvokeAsync("Scan", code.Code);
            results.Add(new Scan(answer.Result.ValueKind == JsonValueKind.String ? answer.Result.GetString()! : "", answer.RenderedMs, answer.AnsweredMs, sentAt));
        }
        return [.. results];
    }

    private static void Print(List<Round> rounds)
    {
        Console.WriteLine();
        Console.WriteLine("| Stations | Timed by | Scans | p50 | p95 | p99 | max | Scans/s (all) | Blocked (all) | Batch bytes/scan | Load before → after | CPU: app / Chromium / harness / others, % of all cores | App CPU ms/scan |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|");
        foreach (var r in rounds)
        {
            var cores = r.Elapsed.TotalSeconds * Environment.ProcessorCount / 100;
            var all = r.Circuits.Count + r.Browser.Count;
            var common = $"| {all / r.Elapsed.TotalSeconds:N1} | {r.Blocked} | {r.BatchBytesPerScan:N0} | {r.LoadBefore} → {r.LoadAfter} " +
                $"| {r.Cpu.App / cores:N0} % / {r.Cpu.Chromium / cores:N0} % / {r.Cpu.Driver / cores:N0} % / {r.Cpu.Others / cores:N0} % | {r.Cpu.App * 1000 / Math.Max(1, all):N1} |";
            if (r.Circuits.Count > 0) Console.WriteLine($"| {r.Stations} | circuit: sent → screen's render batch (answer p99 {Percentile(r.Answered, 99):N1} ms) | {Stats(r.Circuits)} {common}");
            if (r.Browser.Count > 0) Console.WriteLine($"| {r.Stations} | Chromium: Enter → answer on screen | {Stats(r.Browser)} {common}");
        }
    }

    private static string Stats(List<double> ms) =>
        $"{ms.Count} | {Percentile(ms, 50):N1} ms | {Percentile(ms, 95):N1} ms | {Percentile(ms, 99):N1} ms | {ms.Max():N1} ms";

    private sealed record Scan(string Kind, double? Rendered, double Answered, DateTimeOffset SentAt);

    private sealed record Round(int Stations, int BrowserStations, TimeSpan Elapsed, string LoadBefore, string LoadAfter, Cpu Cpu,
        List<double> Circuits, List<double> Answered, List<double> Browser, double BatchBytesPerScan, int Blocked, List<string> Mismatches);
}
