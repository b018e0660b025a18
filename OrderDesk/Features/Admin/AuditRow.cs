using System.Text.Json;

namespace OrderDesk.Features.Admin;

public sealed record AuditRow(long Id, DateTimeOffset At, string UserName, string Action, string EntityType, string EntityId, string Changes);

/// <summary>The audit screen's filters. Dates are calendar days in the business time zone, both ends included.</summary>
public sealed record AuditQuery(string? EntityType = null, string? EntityId = null, string? User = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditResult(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>One property of an audit entry's changes: the interceptor writes them as JSON, property → [old, new].</summary>
public sealed record AuditChange(string Property, string? Old, string? New)
{
    public static IReadOnlyList<AuditChange> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return [];
            return document.RootElement.EnumerateObject()
                .Select(p => p.Value is { ValueKind: JsonValueKind.Array, } pair && pair.GetArrayLength() == 2
                    ? new AuditChange(p.Name, Text(pair[0]), Text(pair[1]))
                    : new AuditChange(p.Name, null, Text(p.Value)))
                .ToList();
        }
        catch (JsonException)
        {
            // An entry written by hand or by an older version: show it raw rather than hide it.
            return [new AuditChange("", null, json)];
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
