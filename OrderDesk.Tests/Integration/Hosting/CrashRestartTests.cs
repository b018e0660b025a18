using Microsoft.Data.Sqlite;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Hosting;

/// <summary>The real app as a child process, killed with SIGKILL and started again on the same files.</summary>
[Collection(SoloCollection.Name)]
public sealed class CrashRestartTests
{
    [Fact]
    public async Task Killed_ThenRestarted_KeepsItsDataWithoutSeedingTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        var settings = new Dictionary<string, string> { ["OrderDesk:Demo:OrderCount"] = "500", ["OrderDesk:Simulators:Enabled"] = "false" };
        await using var app = new ChildProcessApp(data.Path, settings);

        await app.StartAsync(ct);
        var before = await CountAsync(data.Path, "SELECT COUNT(*) FROM Orders", ct);
        await app.KillAsync();
        await app.StartAsync(ct);
        var after = await CountAsync(data.Path, "SELECT COUNT(*) FROM Orders", ct);
        await app.StopAsync();

        Assert.Equal(500, before);
        Assert.Equal(before, after);
    }

    private static async Task<long> CountAsync(string dataDirectory, string sql, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "orderdesk.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
