using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>One demo account per role; their shared password comes from OrderDesk:Demo:Password.</summary>
public static class DemoAccounts
{
    public static readonly IReadOnlyList<(string Email, string Role, string DisplayName)> All =
    [
        ("admin@demo.orderdesk", Roles.Admin, "陈静 (Admin)"),
        ("ops@demo.orderdesk", Roles.OpsManager, "王磊 (Ops)"),
        ("warehouse@demo.orderdesk", Roles.Warehouse, "李娜 (Warehouse)"),
        ("supervisor@demo.orderdesk", Roles.Supervisor, "张伟 (Supervisor)"),
        ("finance@demo.orderdesk", Roles.Finance, "刘洋 (Finance)"),
    ];
}
