using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OrderDesk.Benchmarks.Orders;

namespace OrderDesk.Benchmarks.Board;

/// <summary>
/// The million-order database plus 30 days of per-minute channel statistics for seven shops (one row per shop and
/// minute, ≈302,000 rows) with realistic inflow, pulls, failures and latency histograms. Cached beside the orders
/// file under the same migration name.
/// </summary>
public static class BoardStatistics
{
    public const int Days = 30;
    public const int ShopCount = 7;

    public static string Path => MillionOrders.Path.Replace("orders-", "board-");

    public static string Ensure()
    {
        if (File.Exists(Path)) return Path;
        var orders = MillionOrders.Ensure();
        var building = Path + ".building";
        foreach (var stale in Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(building) + "*")) File.Delete(stale);
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"// Adding {Days} days of per-minute statistics for {ShopCount} shops in {building} (once; cached afterwards)…");
        SqliteConnection.ClearAllPools();
        File.Copy(orders, building);
        Build(building);
        File.Move(building, Path);
        Console.WriteLine($"// Built in {watch.Elapsed.TotalSeconds:N1} s");
        return Path;
    }

    private static void Build(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        MillionOrders.Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
        // Seven of the twelve shops, every platform among them (the demo has seven shops on four platforms).
        var shops = new List<(long Id, string Platform)>();
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT Id, Platform FROM Shops ORDER BY Id";
            using var reader = query.ExecuteReader();
            while (reader.Read()) shops.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        shops = [.. shops.GroupBy(s => s.Platform).SelectMany(g => g.Select((s, i) => (s, i))).OrderBy(x => x.i).Select(x => x.s).Take(ShopCount)];

        using var tx = connection.BeginTransaction();
        using var insert = MillionOrders.Prepare(connection, tx, "ChannelMinuteStats",
            "ShopId", "Minute", "Platform", "Received", "Created", "Updated", "Failures", "Quarantined", "Backfilled", "Pulls",
            "PullFailures", "RateLimited", "LatencySumMs", "LatencyCount", "Latency1s", "Latency5s", "Latency15s", "Latency60s",
            "Latency300s", "Latency1800s", "LatencyOver");
        var random = new Random(20261124);
        var end = MillionOrders.End.UtcTicks - MillionOrders.End.UtcTicks % TimeSpan.TicksPerMinute;
        var minutes = Days * 24 * 60;
        // Minute by minute, every shop, as the worker writes them: rows of one minute sit together in the file.
        for (var m = minutes - 1; m >= 0; m--)
        {
            var minute = end - m * TimeSpan.TicksPerMinute;
            // China time: quiet at night, a peak in the evening.
            var hour = new DateTime(minute, DateTimeKind.Utc).AddHours(8).Hour;
            var level = hour switch { < 7 => 0.15, < 10 => 0.6, < 19 => 1.0, < 23 => 1.6, _ => 0.5 };
            foreach (var (shopId, platform) in shops)
            {
                var pulls = platform != "WebShop";
                var received = (int)(random.Next(5, 40) * level);
                var buckets = new int[7];
                long latencySum = 0;
                for (var i = 0; i < received; i++)
                {
                    var (bucket, ms) = random.Next(100) switch
                    {
                        < 55 => (0, random.Next(200, 1_000)),
                        < 85 => (1, random.Next(1_000, 5_000)),
                        < 95 => (2, random.Next(5_000, 15_000)),
                        < 99 => (3, random.Next(15_000, 60_000)),
                        _ => (4, random.Next(60_000, 300_000)),
                    };
                    buckets[bucket]++;
                    latencySum += ms;
                }
                var failures = random.Next(200) == 0 ? random.Next(1, 4) : 0;
                MillionOrders.Run(insert, shopId, minute, platform, received, received * 7 / 10, received - received * 7 / 10,
                    failures, random.Next(500) == 0 ? 1 : 0, random.Next(300) == 0 ? 1 : 0, pulls ? 1 : 0,
                    pulls && failures > 0 ? 1 : 0, 0, latencySum, received,
                    buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], buckets[5], buckets[6]);
            }
        }
        tx.Commit();
        // No ANALYZE: the app never runs it, so the planner here sees what it sees in production.
        MillionOrders.Exec(connection, "PRAGMA journal_mode=WAL;");
    }
}
