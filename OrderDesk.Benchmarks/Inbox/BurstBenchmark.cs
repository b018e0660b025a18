using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Ingestion;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>
/// A webhook burst against the real app (Kestrel over loopback, the inbox worker running, scheduled pulls of the
/// demo shops against the built-in simulators every 10 s): an open-loop sender starts deliveries at a fixed rate
/// whatever the answers (latency counted from each delivery's scheduled start, so a stall is not hidden), then
/// the suite waits for the inbox backlog to drain. Reports status codes, p50/p99 acknowledgement latency, the
/// backlog every few seconds, the time to drain after the burst, and checks that every 202 is in the inbox.
/// </summary>
public static class BurstBenchmark
{
    private const string Prefix = "burst";

    public static async Task<int> RunAsync(string[] args)
    {
        var rate = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        var drainLimit = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 120);
        await using var app = BenchApp.Start("burst", settings: new Dictionary<string, string>
        {
            ["OrderDesk:Ingestion:PullCron"] = "*/10 * * * * *",
            ["OrderDesk:Simulators:ArrivalsPerMinute"] = "30",
        });
        var deliveries = new SignedDeliveries(await app.SecretAsync());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 })
        {
            BaseAddress = new Uri(app.Address),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var total = rate * seconds;
        var latencies = new double[total];
        var statuses = new ConcurrentDictionary<string, int>();
        var acknowledged = 0;
        var backlog = new List<(double Second, long Pending, long Orders)>();
        Console.WriteLine($"// Burst: {rate:N0} webhooks/s for {seconds} s against {app.Address}, pulls every 10 s, worker running");

        var started = Stopwatch.GetTimestamp();
        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(app, started, backlog, sampling.Token);
        var sends = new List<Task>(total);
        for (var n = 0; n < total; n++)
        {
            var due = started + (long)(n * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            sends.Add(SendAsync(n, due));
        }
        await Task.WhenAll(sends);
        var burstEnd = Stopwatch.GetElapsedTime(started);

        // Drain: until nothing is pending (pulls keep adding a little; they are drained too).
        var drained = TimeSpan.MinValue;
        while (Stopwatch.GetElapsedTime(started) - burstEnd < drainLimit)
        {
            if (await PendingAsync(app) == 0)
            {
                drained = Stopwatch.GetElapsedTime(started) - burstEnd;
                break;
            }
            await Task.Delay(250);
        }
        await sampling.CancelAsync();
        await sampler;

        var stored = await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageKey.StartsWith($"webshop:{BenchApp.Shop}:{Prefix}-")));
        var sorted = latencies.Where(l => l > 0).Order().ToList();
        var fivexx = statuses.Where(s => s.Key.StartsWith('5') || s.Key == "error").Sum(s => s.Value);
        Console.WriteLine();
        Console.WriteLine("| Status | Count |");
        Console.WriteLine("|---|---:|");
        foreach (var (status, count) in statuses.OrderBy(s => s.Key)) Console.WriteLine($"| {status} | {count:N0} |");
        Console.WriteLine();
        Console.WriteLine("| Sent | Sending took | Acknowledged | In the inbox | p50 | p99 | max | Drained after the burst |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {total:N0} | {burstEnd.TotalSeconds:N1} s | {acknowledged:N0} | {stored:N0} | {SignedDeliveries.Percentile(sorted, 0.5):N1} ms | " +
            $"{SignedDeliveries.Percentile(sorted, 0.99):N1} ms | {(sorted.Count > 0 ? sorted[^1] : 0):N1} ms | " +
            $"{(drained >= TimeSpan.Zero ? $"{drained.TotalSeconds:N1} s" : $"not within {drainLimit.TotalSeconds:N0} s")} |");
        Console.WriteLine();
        Console.WriteLine("| Second | Pending in the inbox | Orders |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var (second, pending, orders) in backlog.Where((_, i) => i % 5 == 0 || i == backlog.Count - 1))
            Console.WriteLine($"| {second:N0} | {pending:N0} | {orders:N0} |");
        Console.WriteLine();
        Console.WriteLine("| Deliveries scheduled in second | p50 | p99 |");
        Console.WriteLine("|---|---:|---:|");
        for (var from = 0; from < seconds; from += 10)
        {
            var window = latencies.Skip(from * rate).Take(Math.Min(10, seconds - from) * rate).Where(l => l > 0).Order().ToList();
            Console.WriteLine($"| {from}–{Math.Min(from + 10, seconds)} | {SignedDeliveries.Percentile(window, 0.5):N1} ms | {SignedDeliveries.Percentile(window, 0.99):N1} ms |");
        }
        return fivexx == 0 && stored == acknowledged && drained >= TimeSpan.Zero ? 0 : 1;

        async Task SendAsync(int n, long due)
        {
            string status;
            try
            {
                using var request = deliveries.Request(Prefix, n);
                using var response = await http.SendAsync(request);
                status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                if (response.StatusCode == System.Net.HttpStatusCode.Accepted) Interlocked.Increment(ref acknowledged);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = "error";
            }
            // From the scheduled start: time spent queued in the sender counts too.
            latencies[n] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            statuses.AddOrUpdate(status, 1, (_, c) => c + 1);
        }
    }

    /// <summary>The worker's backlog: pending and due (a transient failure waiting for its retry is not backlog).</summary>
    private static Task<int> PendingAsync(BenchApp app)
    {
        var now = DateTimeOffset.UtcNow;
        return app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.State == MessageState.Pending && m.NextAttemptAt <= now));
    }

    private static async Task SampleAsync(BenchApp app, long started, List<(double, long, long)> samples, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                var pending = await PendingAsync(app);
                var orders = await app.QueryAsync(db => db.Orders.CountAsync());
                samples.Add((Stopwatch.GetElapsedTime(started).TotalSeconds, pending, orders));
            } while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The drain is over.
        }
    }
}
