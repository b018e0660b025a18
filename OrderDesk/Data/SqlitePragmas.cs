using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OrderDesk.Data;

/// <summary>
/// SQLite settings that must hold on every connection: synchronous and busy_timeout are per
/// connection, and foreign keys are off unless asked for.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statements;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }
}
