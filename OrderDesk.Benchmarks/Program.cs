using BenchmarkDotNet.Running;
using OrderDesk.Benchmarks;
using OrderDesk.Benchmarks.Orders;

// dotnet run -c Release --project OrderDesk.Benchmarks -- <suite> [BenchmarkDotNet options]
var suites = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["orders"] = rest => Run<OrderListBenchmarks>(rest),
    ["orders-plans"] = _ => OrderQueryPlans.Print(),
    ["seeding"] = rest => Run<OrderDesk.Benchmarks.Seeding.DemoSeedingBenchmarks>(rest),
    ["inbox"] = rest => OrderDesk.Benchmarks.Inbox.InboxDrainBenchmark.RunAsync(rest).GetAwaiter().GetResult(),
    ["webhooks"] = rest => OrderDesk.Benchmarks.Inbox.WebhookLoadBenchmark.RunAsync(rest).GetAwaiter().GetResult(),
    ["board"] = rest => Run<OrderDesk.Benchmarks.Board.BoardSnapshotBenchmarks>(rest),
    ["board-plans"] = _ => OrderDesk.Benchmarks.Board.BoardQueryPlans.Print(),
    ["boards"] = rest => OrderDesk.Benchmarks.Board.OpenBoardsBenchmark.RunAsync(rest).GetAwaiter().GetResult(),
    ["scans"] = rest => OrderDesk.Benchmarks.Stations.ScanRoundTripBenchmark.RunAsync(rest).GetAwaiter().GetResult(),
    ["scans-circuit"] = rest => OrderDesk.Benchmarks.Stations.CircuitScanBenchmark.RunAsync(rest).GetAwaiter().GetResult(),
    ["burst"] = rest => OrderDesk.Benchmarks.Inbox.BurstBenchmark.RunAsync(rest).GetAwaiter().GetResult(),
};

if (args.Length == 0 || !suites.TryGetValue(args[0], out var suite))
{
    Console.Error.WriteLine($"Usage: dotnet run -c Release --project OrderDesk.Benchmarks -- <{string.Join('|', suites.Keys)}>");
    return 2;
}
return suite(args[1..]);

static int Run<T>(string[] rest)
{
    var summary = BenchmarkRunner.Run<T>(ShortConfig.Create(), rest);
    return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
}
