using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OrderDesk.Data;
using OrderDesk.Domain.Notifications;
using OrderDesk.Features.Notifications;

namespace OrderDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class NotificationsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Bell_NotificationSentWhilePageOpen_CountRisesWithoutReload_ThenMarkAllReadClearsIt()
    {
        var page = await browser.SignedInPageAsync("finance");
        await page.GotoAsync("/notifications");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var count = page.GetByTestId("notification-count");
        var before = int.TryParse((await count.InnerTextAsync()).Trim(), out var n) ? n : 0;
        var userId = await UserIdAsync("finance@demo.orderdesk");

        await Notifier().SendAsync([userId], [], NotificationSeverity.Critical, "Bell journey", "Sent while open", "/orders",
            TestContext.Current.CancellationToken);

        await Assertions.Expect(count).ToHaveTextAsync((before + 1).ToString());
        await Assertions.Expect(page.GetByTestId("notification-title").Filter(new() { HasText = "Bell journey" })).ToBeVisibleAsync();

        await page.GetByTestId("notification-bell").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notification-popover-item").Filter(new() { HasText = "Bell journey" })).ToBeVisibleAsync();
        // Opening it from the bell reads it and follows its link.
        await page.GetByTestId("notification-popover-item").Filter(new() { HasText = "Bell journey" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/orders"), BrowserFixture.Committed);
        await Assertions.Expect(count).ToHaveTextAsync(before == 0 ? "" : before.ToString());

        await Notifier().SendAsync([userId], [], NotificationSeverity.Info, "Second", "", "", TestContext.Current.CancellationToken);
        await page.GotoAsync("/notifications");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("notifications-mark-all").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync("");
        await page.GetByTestId("notifications-unread-only").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notifications-empty")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private Notifier Notifier() => new(browser.App.Get<IDbContextFactory<OrderDeskDbContext>>(), browser.App.Clock,
        browser.App.Get<NotificationFeed>());

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = await browser.App.DbAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
