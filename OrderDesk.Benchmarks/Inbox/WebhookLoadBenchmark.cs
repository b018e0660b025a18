using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OrderDesk.Benchmarks.Inbox;

/// <summary>
/// Sustained signed deliveries against the real app over loopback (Kestrel, a fresh data directory, the demo
/// web shop), from concurrent clients for a fixed time: requests/s, p50/p99 latency, and a check that every
/// acknowledged delivery is in the inbox afterwards.
/// </summary>
public static class WebhookLoadBenchmark
{
    private const string Shop = BenchApp.Shop;

    public static async Task<int> RunAsync(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 64;
        var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        // "no-worker": the endpoint and its group commit alone, to see what the worker costs them.
        var worker = !(args.Length > 2 && args[2] == "no-worker");
        await using var app = BenchApp.Start("webhooks", worker);
        var address = app.Address;
        var secret = await app.SecretAsync();
        var deliveries = new SignedDeliveries(secret);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(address) };
        var latencies = new List<double>[clients];
        var acknowledged = 0;
        var failed = 0;
        var sequence = 0;
        Console.WriteLine($"// Webhooks: {clients} concurrent clients for {seconds} s against {address}, inbox worker {(worker ? "running" : "off")}");
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * seconds;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var n = Interlocked.Increment(ref sequence);
                using var request = deliveries.Request("load", n);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.Accepted) Interlocked.Increment(ref acknowledged);
                else Interlocked.Increment(ref failed);
            }
        }));
        watch.Stop();

        var all = latencies.SelectMany(l => l).Order().ToList();
        var stored = await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageKey.StartsWith($"webshop:{Shop}:load-")));
        var processed = await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageKey.StartsWith($"webshop:{Shop}:load-")
            && m.State != OrderDesk.Domain.Ingestion.MessageState.Pending));
        Console.WriteLine();
        Console.WriteLine("| Clients | Requests | Requests/s | p50 | p99 | Acknowledged | In the inbox | Refused | Processed by the worker meanwhile |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {clients} | {all.Count:N0} | {all.Count / watch.Elapsed.TotalSeconds:N0} | {SignedDeliveries.Percentile(all, 0.50):N1} ms | " +
            $"{SignedDeliveries.Percentile(all, 0.99):N1} ms | {acknowledged:N0} | {stored:N0} | {failed:N0} | {processed:N0} |");
        return stored == acknowledged && failed == 0 ? 0 : 1;
    }
}
