using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OrderDesk.Data;

/// <summary>
/// Inserts many rows of one entity type through a single prepared command. Table, column names and
/// value conversions (Money, UTC ticks, enum strings) are read from the EF model, so the rows are what
/// SaveChanges would have written, at a fraction of the cost: EF tracks and batches each row, which for
/// the ~150,000 rows of a demo history takes far longer than the start-up budget.
/// </summary>
internal sealed class SqliteBulkInsert<T> : IDisposable where T : class
{
    private readonly SqliteCommand _command;
    private readonly List<(SqliteParameter Parameter, Func<object, object?> Read)> _mapped = [];
    private readonly List<SqliteParameter> _given = [];

    /// <param name="given">Properties whose values the caller passes to <see cref="Insert"/> (keys and foreign keys it assigns).</param>
    public SqliteBulkInsert(OrderDeskDbContext db, params string[] given)
    {
        (var entity, var table, _command) = Command(db);

        var columns = new List<string>();
        var givenParameters = new SqliteParameter[given.Length];
        foreach (var property in entity.GetProperties())
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "$p" + columns.Count;
            _command.Parameters.Add(parameter);
            columns.Add($"\"{property.GetColumnName(table)}\"");
            var givenAt = Array.IndexOf(given, property.Name);
            if (givenAt >= 0) givenParameters[givenAt] = parameter;
            else _mapped.Add((parameter, Reader(property)));
        }
        if (givenParameters.Any(p => p is null))
            throw new InvalidOperationException($"{typeof(T).Name} lacks one of {string.Join(", ", given)}.");
        _given.AddRange(givenParameters);

        _command.CommandText =
            $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        _command.Prepare();
    }

    public void Insert(T row, params ReadOnlySpan<object> givenValues)
    {
        for (var i = 0; i < _given.Count; i++) _given[i].Value = givenValues[i];
        foreach (var (parameter, read) in _mapped) parameter.Value = read(row) ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    /// <summary>The entity's table and a command in the caller's transaction, which bulk writes require.</summary>
    internal static (IEntityType Entity, StoreObjectIdentifier Table, SqliteCommand Command) Command(OrderDeskDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside the caller's transaction.");
        return (entity, StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()), command);
    }

    /// <summary>The next free id of <typeparamref name="T"/>'s table; safe while the caller's transaction holds the write lock.</summary>
    public static long NextId(OrderDeskDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{entity.GetTableName()}\"";
        return (long)command.ExecuteScalar()!;
    }

    internal static Func<object, object?> Reader(IProperty property)
    {
        MemberInfo member = (MemberInfo?)property.PropertyInfo ?? property.FieldInfo
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is a shadow property; pass its value explicitly.");
        Func<object, object?> get = member is PropertyInfo p ? p.GetValue : ((FieldInfo)member).GetValue;
        var converter = property.GetTypeMapping().Converter;
        return converter is null ? get : row => get(row) is { } value ? converter.ConvertToProvider(value) : null;
    }
}
