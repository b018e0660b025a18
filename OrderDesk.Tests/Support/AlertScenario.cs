using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
namespace OrderDesk.Tests.Support;

/// <summary>
/// Builds what the seeded "Shop failures" rule reacts to: a shop of its own, years after the demo data, owned by a
/// user who is not an OpsManager, and failures in its per-minute statistics.
/// </summary>
public sealed class AlertScenario(OrderDeskApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<(long ShopId, string Owner)> ShopAsync(string code, int year) =>
        ShopAsync(code, new DateTimeOffset(year, 3, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A Taobao shop owned by someone who is not an operations manager, with the clock set to <paramref name="at"/>.</summary>
    public async Task<(long ShopId, string Owner)> ShopAsync(string code, DateTimeOffset at)
    {
        app.Clock.Set(at);
        await using var db = await app.DbAsync();
        var ops = await OpsManagersAsync();
        var owner = await db.Users.Where(u => !ops.Contains(u.Id)).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(Ct);
        var (_, shop) = await TestData.ShopAsync(db, Platform.Taobao, code);
        shop.AssignOwner(owner);
        await db.SaveChangesAsync(Ct);
        return (shop.Id, owner);
    }

    public async Task<List<string>> OpsManagersAsync()
    {
        await using var db = await app.DbAsync();
        return await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.OpsManager select ur.UserId).ToListAsync(Ct);
    }

    /// <summary>Failures written <paramref name="minutesAgo"/> before now (half processing failures, half pull failures).</summary>
    public async Task FailuresAsync(long shopId, int failures, int minutesAgo)
    {
        await using var db = await app.DbAsync();
        var stat = new ChannelMinuteStat(shopId, Platform.Taobao, app.Clock.GetUtcNow().AddMinutes(-minutesAgo))
        {
            Failures = failures - failures / 2, PullFailures = failures / 2, Received = 100, Pulls = 10,
        };
        db.ChannelMinuteStats.Add(stat);
        await db.SaveChangesAsync(Ct);
    }

    public async Task<List<Incident>> IncidentsAsync(string code)
    {
        await using var db = await app.DbAsync();
        return await db.Incidents.Include(i => i.Events).Where(i => i.ScopeKey == code).OrderBy(i => i.Id).ToListAsync(Ct);
    }

    /// <summary>Waits for background work (Hangfire polls every 2 s) until <paramref name="done"/> holds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, string what, int seconds = 45)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            if (DateTime.UtcNow > until) Assert.Fail($"Still waiting after {seconds} s for {what}.");
            await Task.Delay(200, Ct);
        }
    }
}
