using System.Text.Json;
using Microsoft.Data.Sqlite;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// The simulated platforms' own database (simulators.db in the data directory), so a restart continues the same
/// platform state. Plain Microsoft.Data.Sqlite: three tables, orders stored as JSON documents with the columns
/// the platform queries need; a separate DbContext and migrations would be ceremony for that.
/// </summary>
public sealed class SimulatorStore(DataDirectory dataDirectory)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS orders (
            shop_code TEXT NOT NULL, order_id TEXT NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL,
            next_at INTEGER NULL, body TEXT NOT NULL, PRIMARY KEY (shop_code, order_id));
        CREATE INDEX IF NOT EXISTS orders_modified ON orders (shop_code, modified, order_id);
        CREATE INDEX IF NOT EXISTS orders_next ON orders (next_at) WHERE next_at IS NOT NULL;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT, webhook_id TEXT NOT NULL, shop_code TEXT NOT NULL, topic TEXT NOT NULL,
            body TEXT NOT NULL, triggered_at INTEGER NOT NULL, due_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
            state INTEGER NOT NULL DEFAULT 0, last_result TEXT NOT NULL DEFAULT '');
        CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, due_at);
        """;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaReady;

    public string ConnectionString { get; } =
        $"Data Source={dataDirectory.SimulatorDatabase};Cache=Private;Pooling=True;Default Timeout=30";

    public async Task<SimDb> OpenAsync(bool write, CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
            await pragmas.ExecuteNonQueryAsync(ct);
        }
        await EnsureSchemaAsync(connection, ct);
        // BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of failing on upgrade.
        var transaction = write ? connection.BeginTransaction(deferred: false) : null;
        return new SimDb(connection, transaction);
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (_schemaReady) return;
        await _schemaLock.WaitAsync(ct);
        try
        {
            if (_schemaReady) return;
            await using var command = connection.CreateCommand();
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(ct);
            _schemaReady = true;
        }
        finally { _schemaLock.Release(); }
    }
}

/// <summary>One connection (and, for writers, one transaction) on the simulator database.</summary>
public sealed class SimDb(SqliteConnection connection, SqliteTransaction? transaction) : IAsyncDisposable
{
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public async Task<string?> MetaAsync(string key, CancellationToken ct)
    {
        await using var command = Command("SELECT value FROM meta WHERE key = $k", ("$k", key));
        return (string?)await command.ExecuteScalarAsync(ct);
    }

    public async Task SetMetaAsync(string key, string value, CancellationToken ct)
    {
        await using var command = Command("INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT (key) DO UPDATE SET value = $v",
            ("$k", key), ("$v", value));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task SaveAsync(SimOrder order, CancellationToken ct)
    {
        await using var command = Command("""
            INSERT INTO orders (shop_code, order_id, created, modified, next_at, body) VALUES ($s, $o, $c, $m, $n, $b)
            ON CONFLICT (shop_code, order_id) DO UPDATE SET modified = $m, next_at = $n, body = $b
            """,
            ("$s", order.ShopCode), ("$o", order.OrderId), ("$c", order.Created.ToUnixTimeMilliseconds()),
            ("$m", order.Modified.ToUnixTimeMilliseconds()), ("$n", order.NextChangeAt?.ToUnixTimeMilliseconds()),
            ("$b", JsonSerializer.Serialize(order, SimulatorStore.Json)));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<SimOrder?> FindAsync(string shopCode, string orderId, CancellationToken ct)
    {
        await using var command = Command("SELECT body FROM orders WHERE shop_code = $s AND order_id = $o", ("$s", shopCode), ("$o", orderId));
        return await command.ExecuteScalarAsync(ct) is string body ? JsonSerializer.Deserialize<SimOrder>(body, SimulatorStore.Json) : null;
    }

    /// <summary>The order with the earliest pending change due at or before <paramref name="until"/>.</summary>
    public async Task<SimOrder?> NextDueAsync(DateTimeOffset until, CancellationToken ct)
    {
        await using var command = Command(
            "SELECT body FROM orders WHERE next_at IS NOT NULL AND next_at <= $u ORDER BY next_at, shop_code, order_id LIMIT 1",
            ("$u", until.ToUnixTimeMilliseconds()));
        return await command.ExecuteScalarAsync(ct) is string body ? JsonSerializer.Deserialize<SimOrder>(body, SimulatorStore.Json) : null;
    }

    /// <summary>
    /// Every order of one shop whose modified (or created) time is in [from, to), newest first, ties by id. Platform
    /// windows are short (at most a day), so the endpoints filter and page these in memory.
    /// </summary>
    public async Task<List<SimOrder>> WindowAsync(string shopCode, DateTimeOffset from, DateTimeOffset to, bool byCreated, CancellationToken ct)
    {
        var column = byCreated ? "created" : "modified";
        await using var command = Command(
            $"SELECT body FROM orders WHERE shop_code = $s AND {column} >= $f AND {column} < $t ORDER BY {column} DESC, order_id DESC",
            ("$s", shopCode), ("$f", from.ToUnixTimeMilliseconds()), ("$t", to.ToUnixTimeMilliseconds()));
        return await ReadOrdersAsync(command, ct);
    }

    /// <summary>Orders of one shop modified in [from, to] after the (modified, id) key, oldest first: keyset paging.</summary>
    public async Task<List<SimOrder>> AfterAsync(string shopCode, DateTimeOffset from, DateTimeOffset to,
        (long Modified, string OrderId)? after, int take, CancellationToken ct)
    {
        await using var command = Command("""
            SELECT body FROM orders WHERE shop_code = $s AND modified >= $f AND modified <= $t
              AND ($am IS NULL OR modified > $am OR (modified = $am AND order_id > $ai))
            ORDER BY modified, order_id LIMIT $take
            """,
            ("$s", shopCode), ("$f", from.ToUnixTimeMilliseconds()), ("$t", to.ToUnixTimeMilliseconds()),
            ("$am", after?.Modified), ("$ai", after?.OrderId ?? ""), ("$take", take));
        return await ReadOrdersAsync(command, ct);
    }

    public async Task<List<string>> IdsAsync(string shopCode, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var command = Command(
            "SELECT order_id FROM orders WHERE shop_code = $s AND modified >= $f AND modified < $t ORDER BY order_id",
            ("$s", shopCode), ("$f", from.ToUnixTimeMilliseconds()), ("$t", to.ToUnixTimeMilliseconds()));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    private static async Task<List<SimOrder>> ReadOrdersAsync(SqliteCommand command, CancellationToken ct)
    {
        var orders = new List<SimOrder>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            orders.Add(JsonSerializer.Deserialize<SimOrder>(reader.GetString(0), SimulatorStore.Json)!);
        return orders;
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null) await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
