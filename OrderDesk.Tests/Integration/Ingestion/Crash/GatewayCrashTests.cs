using Microsoft.Data.Sqlite;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Crash;

/// <summary>
/// The whole gateway as a real child process under simulated load — platforms creating and changing orders,
/// pulls every few seconds, web shop webhooks with duplicates and out-of-order deliveries, rate limits and
/// 5xx — killed with SIGKILL several times mid-work and restarted on the same files. Afterwards OrderDesk must
/// hold exactly the simulators' orders: none lost, none doubled, every stored one at the platform's latest version.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class GatewayCrashTests
{
    private static readonly Dictionary<string, string> s_load = new()
    {
        ["OrderDesk:Demo:OrderCount"] = "200",
        ["OrderDesk:Simulators:Enabled"] = "true",
        ["OrderDesk:Simulators:AdvanceInBackground"] = "true",
        ["OrderDesk:Simulators:TickSeconds"] = "1",
        ["OrderDesk:Simulators:WarmUpMinutes"] = "30",
        ["OrderDesk:Simulators:ArrivalsPerMinute"] = "40",
        ["OrderDesk:Simulators:Faults:RateLimit"] = "0.05",
        ["OrderDesk:Simulators:Faults:RateLimitSeconds"] = "1",
        ["OrderDesk:Simulators:Faults:ServerError"] = "0.05",
        ["OrderDesk:Simulators:Faults:Slow"] = "0",
        // Late changes further back than the pull overlap are the hourly backfill's job, tested on its own.
        ["OrderDesk:Simulators:Faults:LateChange"] = "0",
        ["OrderDesk:Simulators:Faults:Duplicate"] = "0.1",
        ["OrderDesk:Simulators:Faults:OutOfOrder"] = "0.1",
        ["OrderDesk:Simulators:Faults:Malformed"] = "0",
        ["OrderDesk:Simulators:Push:FirstRetrySeconds"] = "1",
        ["OrderDesk:Ingestion:PullCron"] = "*/2 * * * * *",
        ["OrderDesk:Ingestion:RetryDelaySeconds"] = "1",
    };

    [Fact]
    public async Task KilledRepeatedlyUnderLoad_EndsWithExactlyThePlatformsOrders()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();

        for (var kill = 0; kill < 3; kill++)
        {
            await using var app = new ChildProcessApp(data.Path, s_load);
            await app.StartAsync(ct);
            await Task.Delay(TimeSpan.FromSeconds(6 + 3 * kill), ct);
            await app.KillAsync();
        }

        // Last run: the platforms stop creating orders (queued webhooks still go out) and the gateway catches up,
        // including the backfill, whose job is the orders that reached a platform too late for the regular pull.
        var quiet = new Dictionary<string, string>(s_load)
        {
            ["OrderDesk:Simulators:AdvanceInBackground"] = "false",
            ["OrderDesk:Ingestion:BackfillCron"] = "*/15 * * * * *",
        };
        await using (var app = new ChildProcessApp(data.Path, quiet))
        {
            await app.StartAsync(ct);
            await WaitUntilSettledAsync(data.Path, ct);
            await app.StopAsync();
        }

        var platform = await PlatformOrdersAsync(data.Path, ct);
        var stored = await StoredOrdersAsync(data.Path, ct);
        var watermarks = await WatermarksAsync(data.Path, ct);
        Assert.True(platform.Count > 100, $"The load was too light to prove anything: {platform.Count} orders.");

        Assert.Empty(stored.GroupBy(o => (o.Shop, o.Id)).Where(g => g.Count() > 1).Select(g => g.Key));
        var storedByKey = stored.ToDictionary(o => (o.Shop, o.Id));
        var expected = platform.Where(o => IsSettled(o, watermarks)).ToList();
        var missing = expected.Where(o => !storedByKey.ContainsKey((o.Shop, o.Id))).Select(o => $"{o.Shop}/{o.Id}").ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("ORDERDESK_KEEP_CRASH_DATA") is { Length: > 0 } keep)
            foreach (var file in Directory.GetFiles(data.Path)) File.Copy(file, Path.Combine(Directory.CreateDirectory(keep).FullName, Path.GetFileName(file)), true);
        Assert.True(missing.Count == 0, $"Missing after crashes ({missing.Count} of {expected.Count}): "
            + string.Join("; ", await Task.WhenAll(missing.Take(10).Select(key => InboxTraceAsync(data.Path, key, ct)))));
        var stale = expected
            .Where(o => storedByKey[(o.Shop, o.Id)].ModifiedTicks != o.ModifiedTicks)
            .Select(o => $"{o.Shop}/{o.Id}").ToList();
        Assert.True(stale.Count == 0, $"Stored at an older version than the platform's: {string.Join(", ", stale.Take(20))}");
        var unknown = stored.Where(o => !platform.Any(p => p.Shop == o.Shop && p.Id == o.Id) && o.Source != "demo").ToList();
        Assert.Empty(unknown);
        Assert.Equal(0, await ScalarAsync(data.Path, "orderdesk.db", "SELECT COUNT(*) FROM InboxMessages WHERE State IN ('Pending', 'Quarantined')", ct));
    }

    /// <summary>
    /// An order the gateway must have, at the platform's version, by now: for pulled shops the platform's latest
    /// version was modified before the shop's watermark (a platform lists only the latest version, so an order
    /// changed after the watermark is the next pull's); for the web shop, once all its webhooks were delivered.
    /// </summary>
    private static bool IsSettled(PlatformOrder order, IReadOnlyDictionary<string, long?> watermarks) =>
        watermarks.TryGetValue(order.Shop, out var watermark)
            ? watermark is { } w && order.ModifiedTicks < w
            : order.AllDelivered;

    private static async Task WaitUntilSettledAsync(string dataPath, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var pending = await ScalarAsync(dataPath, "orderdesk.db", "SELECT COUNT(*) FROM InboxMessages WHERE State = 'Pending'", ct)
                + await ScalarAsync(dataPath, "simulators.db", "SELECT COUNT(*) FROM deliveries WHERE state = 0", ct);
            if (pending > 0) quietSince = DateTime.UtcNow;
            else if (DateTime.UtcNow - quietSince > TimeSpan.FromSeconds(20)) return; // pull cycles and a backfill with nothing left
            await Task.Delay(500, ct);
        }
    }

    private sealed record PlatformOrder(string Shop, string Id, long CreatedTicks, long ModifiedTicks, bool AllDelivered);

    private sealed record StoredOrder(string Shop, string Id, long ModifiedTicks, string Source);

    private static long TicksOfUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcTicks;

    private static async Task<List<PlatformOrder>> PlatformOrdersAsync(string dataPath, CancellationToken ct)
    {
        await using var connection = await OpenAsync(dataPath, "simulators.db", ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT o.shop_code, o.order_id, o.created, o.modified,
                   NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.shop_code = o.shop_code AND d.state <> 1 AND d.body LIKE '%' || o.order_id || '%')
            FROM orders o
            """;
        var orders = new List<PlatformOrder>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            orders.Add(new PlatformOrder(reader.GetString(0), reader.GetString(1), TicksOfUnixMs(reader.GetInt64(2)),
                TicksOfUnixMs(reader.GetInt64(3)), reader.GetBoolean(4)));
        return orders;
    }

    private static async Task<List<StoredOrder>> StoredOrdersAsync(string dataPath, CancellationToken ct)
    {
        await using var connection = await OpenAsync(dataPath, "orderdesk.db", ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT o.ShopCode, o.PlatformOrderId, o.PlatformModifiedAt,
                   COALESCE((SELECT Source FROM OrderStatusChanges c WHERE c.OrderId = o.Id ORDER BY c.Id LIMIT 1), '')
            FROM Orders o
            """;
        var orders = new List<StoredOrder>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            orders.Add(new StoredOrder(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        return orders;
    }

    private static async Task<Dictionary<string, long?>> WatermarksAsync(string dataPath, CancellationToken ct)
    {
        await using var connection = await OpenAsync(dataPath, "orderdesk.db", ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.Code, w.Watermark FROM Shops s LEFT JOIN ShopSyncStates w ON w.ShopId = s.Id WHERE s.Platform <> 'WebShop'";
        var watermarks = new Dictionary<string, long?>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) watermarks[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        return watermarks;
    }

    /// <summary>What the inbox holds for a missing order: how far it got, to tell lost from unprocessed.</summary>
    private static async Task<string> InboxTraceAsync(string dataPath, string key, CancellationToken ct)
    {
        var orderId = key[(key.IndexOf('/') + 1)..];
        await using var connection = await OpenAsync(dataPath, "orderdesk.db", ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Source, State, Attempts, substr(LastError, 1, 200) FROM InboxMessages WHERE PlatformOrderId = $id";
        command.Parameters.AddWithValue("$id", orderId);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add($"{reader.GetString(0)}/{reader.GetString(1)}/{reader.GetInt64(2)} {reader.GetString(3)}");
        return $"{key}: [{string.Join(" | ", rows)}]";
    }

    private static async Task<long> ScalarAsync(string dataPath, string file, string sql, CancellationToken ct)
    {
        await using var connection = await OpenAsync(dataPath, file, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<SqliteConnection> OpenAsync(string dataPath, string file, CancellationToken ct)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, file)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        return connection;
    }
}
