using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Admin;

public sealed class AuditQueryTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 2025-03-01 23:30 and 2025-03-02 00:30 in Shanghai: either side of a local midnight.
    private static readonly DateTimeOffset LateOnFirst = new(2025, 3, 1, 15, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EarlyOnSecond = new(2025, 3, 1, 16, 30, 0, TimeSpan.Zero);

    private AuditTrail Trail => app.Get<AuditTrail>();

    [Fact]
    public async Task Search_ByUser_CaseInsensitiveSubstringNewestFirst()
    {
        await SeedAsync("user");

        var result = await Trail.SearchAsync(new AuditQuery(User: "PROBE-USER-"), 0, 50, Ct);

        Assert.Equal(4, result.Total);
        Assert.Equal(result.Rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Select(r => r.Id), result.Rows.Select(r => r.Id));
        Assert.All(result.Rows, r => Assert.StartsWith("probe-user-", r.UserName));
    }

    [Fact]
    public async Task Search_UserPatternCharacters_TakenLiterally()
    {
        await SeedAsync("literal");

        var result = await Trail.SearchAsync(new AuditQuery(User: "probe_literal"), 0, 50, Ct);

        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Search_ByEntityTypeAndId_OnlyThatEntity()
    {
        await SeedAsync("entity");

        var result = await Trail.SearchAsync(new AuditQuery(EntityType: "Shop", EntityId: "9101", User: "probe-entity-"), 0, 50, Ct);

        Assert.All(result.Rows, r => Assert.Equal(("Shop", "9101"), (r.EntityType, r.EntityId)));
        Assert.Equal(["Modified", "Added"], result.Rows.Select(r => r.Action));
    }

    [Fact]
    public async Task Search_ByLocalDay_UsesTheBusinessTimeZone()
    {
        await SeedAsync("day");
        var day = new DateOnly(2025, 3, 2);

        var result = await Trail.SearchAsync(new AuditQuery(User: "probe-day-", From: day, To: day), 0, 50, Ct);

        Assert.Equal([EarlyOnSecond], result.Rows.Select(r => r.At).Distinct());
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task Search_Paged_ReturnsTheRequestedPageAndTheFullTotal()
    {
        await SeedAsync("paging");
        var all = await Trail.SearchAsync(new AuditQuery(User: "probe-paging-"), 0, 50, Ct);

        var first = await Trail.SearchAsync(new AuditQuery(User: "probe-paging-"), 0, 3, Ct);
        var second = await Trail.SearchAsync(new AuditQuery(User: "probe-paging-"), 1, 3, Ct);

        Assert.Equal((4, 4), (first.Total, second.Total));
        Assert.Equal(all.Rows.Select(r => r.Id), first.Rows.Concat(second.Rows).Select(r => r.Id));
        Assert.Single(second.Rows);
    }

    [Fact]
    public void EntityTypes_ListsTheAuditedDomainTypes()
    {
        Assert.Contains("Order", AuditTrail.EntityTypes);
        Assert.Contains("Shop", AuditTrail.EntityTypes);
        Assert.DoesNotContain("AuditEntry", AuditTrail.EntityTypes);
    }

    private async Task SeedAsync(string tag)
    {
        await using var db = await app.DbAsync();
        db.AuditEntries.AddRange(
            new AuditEntry(LateOnFirst, $"probe-{tag}-a@test", "Order", "9001", "Modified", """{"Status":["Paid","Shipped"]}"""),
            new AuditEntry(LateOnFirst, $"probe-{tag}-b@test", "Shop", "9101", "Added", """{"Name":[null,"A"]}"""),
            new AuditEntry(EarlyOnSecond, $"probe-{tag}-a@test", "Shop", "9101", "Modified", """{"Name":["A","B"]}"""),
            new AuditEntry(EarlyOnSecond, $"probe-{tag}-b@test", "Order", "9002", "Added", "{}"));
        await db.SaveChangesAsync(Ct);
    }
}
