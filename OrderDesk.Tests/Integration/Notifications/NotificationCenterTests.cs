using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Notifications;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Notifications;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Notifications;

/// <summary>
/// Notifier and NotificationCenter against the real SQLite database. Every test makes its own people, so
/// notifications sent by other tests to shared roles only ever add to counts it does not assert on.
/// </summary>
public sealed class NotificationCenterTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Notifier Notifier => new(app.Get<IDbContextFactory<OrderDeskDbContext>>(), app.Clock, app.Get<NotificationFeed>());
    private NotificationCenter Center => new(app.Get<IDbContextFactory<OrderDeskDbContext>>(), app.Clock, app.Get<NotificationFeed>());

    [Fact]
    public async Task Send_ToRoleAndUser_OneRowPerDistinctPerson()
    {
        var finance1 = await PersonAsync(Roles.Finance);
        var finance2 = await PersonAsync(Roles.Finance);
        var loner = await PersonAsync(Roles.Warehouse);
        int financeMembers;
        await using (var db = await app.DbAsync())
            financeMembers = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                    where r.Name == Roles.Finance select ur.UserId).Distinct().CountAsync(Ct);

        // finance1 is named directly too: still one row.
        var sent = await Notifier.SendAsync([finance1.UserId, loner.UserId], [Roles.Finance], NotificationSeverity.Warning,
            "Refund backlog", "12 refunds waiting", "/refunds", Ct);

        Assert.Equal(financeMembers + 1, sent);
        await using var check = await app.DbAsync();
        var rows = await check.Notifications.Where(n => n.Title == "Refund backlog").ToListAsync(Ct);
        Assert.Equal(sent, rows.Count);
        Assert.All(rows, n => Assert.Null(n.RecipientRole));
        Assert.Single(rows, n => n.RecipientUserId == finance1.UserId);
        Assert.Single(rows, n => n.RecipientUserId == finance2.UserId);
        Assert.Single(rows, n => n.RecipientUserId == loner.UserId);
    }

    [Fact]
    public async Task MarkRead_OnePersonsCopy_OthersStayUnread()
    {
        var first = await PersonAsync(Roles.Supervisor);
        var second = await PersonAsync(Roles.Supervisor);
        await Notifier.SendAsync([first.UserId, second.UserId], [], NotificationSeverity.Info, "Shared news", "", "", Ct);
        var firstsCopy = (await Center.ListAsync(first, new NotificationQuery(), Ct)).Rows.Single();

        Assert.True(await Center.MarkReadAsync(first, firstsCopy.Id, Ct));

        Assert.Equal(0, await Center.UnreadCountAsync(first, Ct));
        Assert.Equal(1, await Center.UnreadCountAsync(second, Ct));
        Assert.NotNull((await Center.ListAsync(first, new NotificationQuery(), Ct)).Rows.Single().ReadAt);
    }

    [Fact]
    public async Task MarkRead_SomeoneElsesNotification_RefusedAndUnchanged()
    {
        var owner = await PersonAsync(Roles.Warehouse);
        var stranger = await PersonAsync(Roles.Warehouse);
        await Notifier.SendAsync([owner.UserId], [], NotificationSeverity.Info, "Private", "", "", Ct);
        var id = (await Center.ListAsync(owner, new NotificationQuery(), Ct)).Rows.Single().Id;

        Assert.False(await Center.MarkReadAsync(stranger, id, Ct));

        Assert.Equal(1, await Center.UnreadCountAsync(owner, Ct));
    }

    [Fact]
    public async Task MarkAllRead_SeveralUnread_AllReadOnlyForThatPerson()
    {
        var reader = await PersonAsync(Roles.OpsManager);
        var other = await PersonAsync(Roles.OpsManager);
        for (var i = 0; i < 3; i++)
            await Notifier.SendAsync([reader.UserId, other.UserId], [], NotificationSeverity.Critical, $"Alert {i}", "", "", Ct);

        Assert.Equal(3, await Center.MarkAllReadAsync(reader, Ct));

        Assert.Equal(0, await Center.UnreadCountAsync(reader, Ct));
        Assert.Equal(3, await Center.UnreadCountAsync(other, Ct));
        Assert.Equal(0, await Center.MarkAllReadAsync(reader, Ct));
    }

    [Fact]
    public async Task List_FiltersAndPages_NewestFirst()
    {
        var reader = await PersonAsync(Roles.Admin);
        var start = app.Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Set(start.AddMinutes(i));
            await Notifier.SendAsync([reader.UserId], [], i % 2 == 0 ? NotificationSeverity.Critical : NotificationSeverity.Info,
                $"N{i}", "", "", Ct);
        }
        var newest = (await Center.ListAsync(reader, new NotificationQuery(), Ct)).Rows[0];
        await Center.MarkReadAsync(reader, newest.Id, Ct);

        var page2 = await Center.ListAsync(reader, new NotificationQuery(Page: 2, PageSize: 2), Ct);
        var critical = await Center.ListAsync(reader, new NotificationQuery(Severity: NotificationSeverity.Critical), Ct);
        var unreadCritical = await Center.ListAsync(reader, new NotificationQuery(UnreadOnly: true, Severity: NotificationSeverity.Critical), Ct);

        Assert.Equal("N4", newest.Title);
        Assert.Equal(5, page2.Total);
        Assert.Equal(["N2", "N1"], page2.Rows.Select(r => r.Title));
        Assert.Equal(["N4", "N2", "N0"], critical.Rows.Select(r => r.Title));
        Assert.Equal(["N2", "N0"], unreadCritical.Rows.Select(r => r.Title));
        Assert.Equal(4, await Center.UnreadCountAsync(reader, Ct));
    }

    [Fact]
    public async Task List_RoleAddressedRow_VisibleToRoleMembersOnly()
    {
        var member = await PersonAsync(Roles.Finance);
        var outsider = await PersonAsync(Roles.Warehouse);
        await using (var db = await app.DbAsync())
        {
            db.Notifications.Add(Notification.ToRole(Roles.Finance, NotificationSeverity.Info, $"Role note {member.UserId}", "", "",
                app.Clock.GetUtcNow()));
            await db.SaveChangesAsync(Ct);
        }

        var memberSees = await Center.ListAsync(member, new NotificationQuery(), Ct);
        var outsiderSees = await Center.ListAsync(outsider, new NotificationQuery(), Ct);

        Assert.Contains(memberSees.Rows, r => r.Title == $"Role note {member.UserId}");
        Assert.DoesNotContain(outsiderSees.Rows, r => r.Title == $"Role note {member.UserId}");
    }

    [Fact]
    public async Task Send_Published_FeedTellsTheRecipients()
    {
        var person = await PersonAsync(Roles.Warehouse);
        NotificationsPublished? seen = null;
        using (app.Get<NotificationFeed>().Subscribe(change => { if (change.Concerns(person)) seen = change; }))
            await Notifier.SendAsync([person.UserId], [], NotificationSeverity.Info, "Ping", "", "", Ct);

        Assert.NotNull(seen);
        Assert.Contains(person.UserId, seen.UserIds);
    }

    private async Task<NotificationReader> PersonAsync(string role)
    {
        var email = $"n-{Guid.NewGuid():N}@test.orderdesk";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, OrderDeskApp.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new NotificationReader(user.Id, [role]);
    }
}
