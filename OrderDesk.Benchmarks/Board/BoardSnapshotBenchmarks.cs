using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Benchmarks.Orders;
using OrderDesk.Data;
using OrderDesk.Features.Ingestion.Screens;
using OrderDesk.Features.Monitoring;
using OrderDesk.Hosting;

namespace OrderDesk.Benchmarks.Board;

/// <summary>
/// <see cref="BoardSnapshotReader.ReadAsync"/> as <see cref="BoardSnapshots"/> calls it (KPIs, shop rows, inflow
/// series) over 30 days of per-minute statistics and a million orders: once per chart range, and all three together
/// (what the refresher reads), each cold and as a refresh after an earlier snapshot.
/// </summary>
public class BoardSnapshotBenchmarks
{
    private ServiceProvider _services = default!;
    private BoardSnapshotReader _reader = default!;
    private BoardRange[] _ranges = [];
    private BoardSnapshot? _previous;

    [Params("1 h", "24 h", "7 d", "all three")]
    public string Range { get; set; } = "";

    /// <summary>
    /// cold: no earlier snapshot (the first one after start-up); refresh: what the refresher does every few seconds,
    /// reusing the previous snapshot's settled day and week buckets.
    /// </summary>
    [Params("cold", "refresh")]
    public string Read { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _services = Services(BoardStatistics.Ensure());
        _reader = _services.GetRequiredService<BoardSnapshotReader>();
        _ranges = Ranges(Range);
        if (Read == "refresh") _previous = _reader.ReadAsync(_ranges, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Snapshot() => (await _reader.ReadAsync(_ranges, _previous, CancellationToken.None)).Shops.Count;

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    public static BoardRange[] Ranges(string name) => name switch
    {
        "1 h" => [BoardRange.Hour],
        "24 h" => [BoardRange.Day],
        "7 d" => [BoardRange.Week],
        _ => Enum.GetValues<BoardRange>(),
    };

    public static ServiceProvider Services(string path, params IInterceptor[] extra)
    {
        var services = BenchServices.Create(path, MillionOrders.End, extra);
        services.AddSingleton(new OrderDeskOptions());
        services.AddSingleton<TimeDisplay>();
        services.AddSingleton<SyncBoard>();
        services.AddSingleton<BoardSnapshotReader>();
        return services.BuildServiceProvider();
    }
}

/// <summary>Prints SQLite's plan for every statement one full board snapshot runs.</summary>
public static class BoardQueryPlans
{
    public static int Print()
    {
        var recorder = new CommandRecorder();
        using var services = BoardSnapshotBenchmarks.Services(BoardStatistics.Ensure(), recorder);
        using (var db = services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContext())
            Console.WriteLine($"// {db.ChannelMinuteStats.Count():N0} statistics rows, {db.Orders.Count():N0} orders");
        var reader = services.GetRequiredService<BoardSnapshotReader>();
        recorder.Commands.Clear();
        reader.ReadAsync(Enum.GetValues<BoardRange>(), null, CancellationToken.None).GetAwaiter().GetResult();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={BoardStatistics.Path}");
        connection.Open();
        foreach (var (sql, parameters) in recorder.Commands)
        {
            Console.WriteLine("## " + sql.ReplaceLineEndings(" "));
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            using var plan = explain.ExecuteReader();
            while (plan.Read()) Console.WriteLine("   " + plan.GetString(3));
        }
        return 0;
    }
}

/// <summary>Keeps the text and parameters of every command run, for their plans.</summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        if (!command.CommandText.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
