using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Support;

/// <summary>What the alert tests set up: a shop with an owner, and failures in its per-minute stats.</summary>
public static class AlertScenario
{
    /// <summary>A Taobao shop owned by someone who is not an operations manager, with the clock set to <paramref name="at"/>.</summary>
    public static async Task<(long ShopId, string Owner)> ShopAsync(OrderDeskApp app, string code, DateTimeOffset at)
    {
        app.Clock.Set(at);
        var ops = await OpsManagersAsync(app);
        await using var db = await app.DbAsync();
        var owner = await db.Users.Where(u => !ops.Contains(u.Id)).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Taobao, code);
        shop.AssignOwner(owner);
        await db.SaveChangesAsync();
        return (shop.Id, owner);
    }

    public static async Task<List<string>> OpsManagersAsync(OrderDeskApp app)
    {
        await using var db = await app.DbAsync();
        return await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.OpsManager select ur.UserId).ToListAsync();
    }

    /// <summary>Failures written <paramref name="minutesAgo"/> before now (half processing failures, half pull failures).</summary>
    public static async Task FailuresAsync(OrderDeskApp app, long shopId, int failures, int minutesAgo)
    {
        await using var db = await app.DbAsync();
        db.ChannelMinuteStats.Add(new ChannelMinuteStat(shopId, Platform.Taobao, app.Clock.GetUtcNow().AddMinutes(-minutesAgo))
        {
            Failures = failures - failures / 2, PullFailures = failures / 2, Received = 100, Pulls = 10,
        });
        await db.SaveChangesAsync();
    }
}
