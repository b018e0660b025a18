using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OrderDesk.Data;

/// <summary>
/// Writes chosen columns of many untracked rows of one entity type by primary key through a single prepared
/// UPDATE — the counterpart of <see cref="SqliteBulkInsert{T}"/> for hot paths where EF's per-row change
/// tracking and statement building cost more than the write itself. Column names and value conversions come
/// from the EF model, so the values are what SaveChanges would have written.
/// </summary>
internal sealed class SqliteBulkUpdate<T> : IDisposable where T : class
{
    private readonly SqliteCommand _command;
    private readonly List<(SqliteParameter Parameter, Func<object, object?> Read)> _columns = [];

    public SqliteBulkUpdate(OrderDeskDbContext db, params string[] properties)
    {
        (var entity, var table, _command) = SqliteBulkInsert<T>.Command(db);
        var set = properties.Select(name => Bind(entity.FindProperty(name)
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{name} is not mapped."), table)).ToList();
        var where = entity.FindPrimaryKey()!.Properties.Select(p => Bind(p, table)).ToList();
        _command.CommandText = $"UPDATE \"{table.Name}\" SET {string.Join(", ", set)} WHERE {string.Join(" AND ", where)}";
        _command.Prepare();
    }

    public void Update(T row)
    {
        foreach (var (parameter, read) in _columns) parameter.Value = read(row) ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    private string Bind(IProperty property, StoreObjectIdentifier table)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = "$p" + _columns.Count;
        _command.Parameters.Add(parameter);
        _columns.Add((parameter, SqliteBulkInsert<T>.Reader(property)));
        return $"\"{property.GetColumnName(table)}\" = {parameter.ParameterName}";
    }
}
