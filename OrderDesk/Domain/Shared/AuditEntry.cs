namespace OrderDesk.Domain.Shared;

/// <summary>Who changed which entity, when, and how (changes as JSON: property → [old, new]).</summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserName { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Changes { get; private set; } = "{}";

    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string userName, string entityType, string entityId, string action, string changes)
    {
        At = at;
        UserName = userName;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changes;
    }
}
