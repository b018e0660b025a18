namespace OrderDesk.Domain.Shared;

/// <summary>The roles people hold in OrderDesk.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string OpsManager = "OpsManager";
    public const string Warehouse = "Warehouse";
    public const string Supervisor = "Supervisor";
    public const string Finance = "Finance";

    public static readonly IReadOnlyList<string> All = [Admin, OpsManager, Warehouse, Supervisor, Finance];
}
