using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace OrderDesk.Benchmarks.Orders;

/// <summary>EXPLAIN QUERY PLAN of an EF query, with its parameters bound as EF would bind them.</summary>
public static class QueryPlan
{
    public static IReadOnlyList<string> Of(DbContext db, IQueryable query)
    {
        using var command = query.CreateDbCommand();
        command.Connection = db.Database.GetDbConnection();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        using DbDataReader reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read()) steps.Add(reader.GetString(3));
        return steps;
    }
}
