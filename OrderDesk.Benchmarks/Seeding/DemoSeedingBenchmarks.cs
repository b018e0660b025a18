using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Features.Demo;
using OrderDesk.Hosting;

namespace OrderDesk.Benchmarks.Seeding;

/// <summary>
/// A full default demo seed (24,000 orders over 30 days) into a freshly migrated SQLite file, as start-up
/// runs it: same pragmas and interceptors, one transaction. The start-up budget is 15 s on two cores.
/// </summary>
[InvocationCount(1, 1)]
[WarmupCount(1)]
[IterationCount(5)]
public class DemoSeedingBenchmarks
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private string _folder = "";
    private ServiceProvider _services = default!;

    [Params(24_000)]
    public int Orders { get; set; }

    [IterationSetup]
    public void FreshDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "orderdesk-bench", "seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var options = new OrderDeskOptions { Demo = { Enabled = true, OrderCount = Orders } };
        var services = BenchServices.Create(Path.Combine(_folder, "orderdesk.db"), s_now)
            .AddSingleton(options)
            .AddTransient<DemoSeeder>();
        _services = services.BuildServiceProvider();
        using var db = _services.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContext();
        db.Database.Migrate();
    }

    [Benchmark]
    public Task Seed() => _services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

    [IterationCleanup]
    public void DropDatabase()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
