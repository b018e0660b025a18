using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Overview;
using OrderDesk.Hosting;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Overview;

/// <summary>
/// OverviewStats against the real SQLite database. The demo data sits around the fixture's default
/// date (November 2026); every test here moves the clock to its own month years later, so the only
/// orders in its window are the ones it wrote.
/// </summary>
public sealed class OverviewStatsTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static readonly TimeSpan s_china = TimeSpan.FromHours(8);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private OverviewStats Stats(string zone = "Asia/Shanghai") => new(
        app.Get<IDbContextFactory<OrderDeskDbContext>>(), app.Clock, new TimeDisplay(new OrderDeskOptions { TimeZone = zone }));

    private static DateTimeOffset China(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, s_china);

    [Fact]
    public async Task OrdersPerDay_OrdersEitherSideOfChinaMidnight_FallOnDifferentDays()
    {
        app.Clock.Set(China(2027, 3, 10, 10, 0));
        var shop = await ShopAsync(Platform.Taobao);
        await SaveAsync(
            TestData.Order(shop, Id(), China(2027, 3, 5, 23, 59)),
            TestData.Order(shop, Id(), China(2027, 3, 6, 0, 1)),
            // 23:30 UTC on the 5th: a UTC day bucket would put it on the wrong day.
            TestData.Order(shop, Id(), China(2027, 3, 6, 7, 30)));

        var daily = await Stats().OrdersPerDayAsync(30, Ct);

        Assert.Equal(1, CountOn(daily, Platform.Taobao, new DateOnly(2027, 3, 5)));
        Assert.Equal(2, CountOn(daily, Platform.Taobao, new DateOnly(2027, 3, 6)));
        Assert.Equal(3, daily.Total);
    }

    [Fact]
    public async Task OrdersPerDay_DaysWithoutOrders_AppearAsZeroUpToToday()
    {
        app.Clock.Set(China(2027, 6, 20, 9, 0));
        var shop = await ShopAsync(Platform.Jd);
        await SaveAsync(
            TestData.Order(shop, Id(), China(2027, 5, 21, 23, 0)), // the day before the window
            TestData.Order(shop, Id(), China(2027, 5, 22, 0, 0)), // the window's first instant
            TestData.Order(shop, Id(), China(2027, 6, 20, 8, 59)));

        var daily = await Stats().OrdersPerDayAsync(30, Ct);

        Assert.Equal(30, daily.Days.Count);
        Assert.Equal(new DateOnly(2027, 5, 22), daily.Days[0]);
        Assert.Equal(new DateOnly(2027, 6, 20), daily.Days[^1]);
        Assert.All(daily.Counts.Values, counts => Assert.Equal(30, counts.Length));
        int[] expected = [1, .. Enumerable.Repeat(0, 28), 1];
        Assert.Equal(expected, daily.Counts[Platform.Jd]);
        Assert.All(daily.Counts.Where(c => c.Key != Platform.Jd), c => Assert.All(c.Value, n => Assert.Equal(0, n)));
    }

    [Fact]
    public async Task OrdersPerDay_SeveralPlatformsOnOneDay_StackPerPlatform()
    {
        app.Clock.Set(China(2027, 9, 15, 18, 0));
        var taobao = await ShopAsync(Platform.Taobao);
        var tmall = await ShopAsync(Platform.Taobao, isTmall: true);
        var jd = await ShopAsync(Platform.Jd);
        var pdd = await ShopAsync(Platform.Pinduoduo);
        var day = China(2027, 9, 14, 12, 0);
        await SaveAsync(
            TestData.Order(taobao, Id(), day), TestData.Order(taobao, Id(), day.AddMinutes(5)),
            TestData.Order(tmall, Id(), day.AddHours(2)),
            TestData.Order(jd, Id(), day), TestData.Order(jd, Id(), day.AddHours(-11)),
            TestData.Order(pdd, Id(), day.AddHours(11).AddMinutes(59)));

        var daily = await Stats().OrdersPerDayAsync(7, Ct);

        var date = new DateOnly(2027, 9, 14);
        Assert.Equal(3, CountOn(daily, Platform.Taobao, date)); // Tmall shops run on Taobao
        Assert.Equal(2, CountOn(daily, Platform.Jd, date));
        Assert.Equal(1, CountOn(daily, Platform.Pinduoduo, date));
        Assert.Equal(0, CountOn(daily, Platform.WebShop, date));
        Assert.Equal(6, daily.Total);
    }

    [Fact]
    public async Task OrdersPerDay_ZoneWithDaylightSaving_BucketsByLocalMidnight()
    {
        // Europe/Berlin moves from +1 to +2 on 2027-03-28; the window spans the change.
        app.Clock.Set(new DateTimeOffset(2027, 3, 30, 12, 0, 0, TimeSpan.Zero));
        var shop = await ShopAsync(Platform.WebShop);
        await SaveAsync(
            TestData.Order(shop, Id(), new DateTimeOffset(2027, 3, 27, 23, 30, 0, TimeSpan.FromHours(1))),
            TestData.Order(shop, Id(), new DateTimeOffset(2027, 3, 29, 0, 30, 0, TimeSpan.FromHours(2))));

        var daily = await Stats("Europe/Berlin").OrdersPerDayAsync(7, Ct);

        Assert.Equal(1, CountOn(daily, Platform.WebShop, new DateOnly(2027, 3, 27)));
        Assert.Equal(0, CountOn(daily, Platform.WebShop, new DateOnly(2027, 3, 28)));
        Assert.Equal(1, CountOn(daily, Platform.WebShop, new DateOnly(2027, 3, 29)));
    }

    [Fact]
    public async Task OrdersPerHour_TodayAndYesterday_ByChinaHour()
    {
        app.Clock.Set(China(2028, 8, 8, 10, 20));
        var shop = await ShopAsync(Platform.Pinduoduo);
        await SaveAsync(
            TestData.Order(shop, Id(), China(2028, 8, 8, 9, 15)),
            TestData.Order(shop, Id(), China(2028, 8, 8, 9, 45)),
            TestData.Order(shop, Id(), China(2028, 8, 7, 23, 30)),
            TestData.Order(shop, Id(), China(2028, 8, 6, 23, 30)));

        var hourly = await Stats().OrdersPerHourAsync(Ct);

        Assert.Equal(10, hourly.CurrentHour);
        Assert.Equal(2, hourly.Today[9]);
        Assert.Equal(2, hourly.Today.Sum());
        Assert.Equal(1, hourly.Yesterday[23]);
        Assert.Equal(1, hourly.Yesterday.Sum());
    }

    [Fact]
    public async Task Today_OrdersAndPaidAmount_ComparedWithYesterdayAtTheSameTime()
    {
        app.Clock.Set(China(2028, 1, 15, 14, 0));
        var shop = await ShopAsync(Platform.Taobao);
        var paidToday1 = TestData.Order(shop, Id(), China(2028, 1, 15, 9, 0));
        var paidToday2 = TestData.Order(shop, Id(), China(2028, 1, 15, 13, 59), quantity: 2);
        var unpaidToday = TestData.Order(shop, Id(), China(2028, 1, 15, 11, 0), OrderStatus.PendingPayment);
        var paidYesterdayMorning = TestData.Order(shop, Id(), China(2028, 1, 14, 10, 0));
        var paidYesterdayLater = TestData.Order(shop, Id(), China(2028, 1, 14, 15, 0));
        var twoDaysAgo = TestData.Order(shop, Id(), China(2028, 1, 13, 10, 0));
        await SaveAsync(paidToday1, paidToday2, unpaidToday, paidYesterdayMorning, paidYesterdayLater, twoDaysAgo);

        var today = await Stats().TodayAsync(Ct);

        Assert.Equal(new Comparison(3, 1), today.Orders);
        Assert.Equal(paidToday1.PaidAmount + paidToday2.PaidAmount, today.Paid.Today);
        Assert.Equal(paidYesterdayMorning.PaidAmount, today.Paid.Yesterday);
        Assert.Equal("¥193.00", today.Paid.Today.ToString()); // 67 + 126: the amounts really are in fen
    }

    [Fact]
    public async Task Today_CancellationsAndRefunds_CountedWhenTheyHappened()
    {
        app.Clock.Set(China(2028, 5, 10, 12, 0));
        var shop = await ShopAsync(Platform.Jd);
        var cancelledToday = TestData.Order(shop, Id(), China(2028, 5, 8, 10, 0));
        cancelledToday.MoveTo(OrderStatus.Cancelled, China(2028, 5, 10, 11, 0), "test");
        var refundedYesterday = TestData.Order(shop, Id(), China(2028, 5, 1, 10, 0));
        refundedYesterday.MoveTo(OrderStatus.Refunded, China(2028, 5, 9, 10, 0), "test");
        var refundedYesterdayLater = TestData.Order(shop, Id(), China(2028, 5, 1, 10, 0));
        refundedYesterdayLater.MoveTo(OrderStatus.Refunded, China(2028, 5, 9, 13, 0), "test");
        var shippedToday = TestData.Order(shop, Id(), China(2028, 5, 9, 10, 0));
        shippedToday.MoveTo(OrderStatus.Shipped, China(2028, 5, 10, 9, 0), "test");
        await SaveAsync(cancelledToday, refundedYesterday, refundedYesterdayLater, shippedToday);

        var today = await Stats().TodayAsync(Ct);

        Assert.Equal(new Comparison(1, 1), today.CancelledOrRefunded);
    }

    [Fact]
    public async Task Today_OpenWork_CountsPaidInFulfilmentAndExceptions()
    {
        app.Clock.Set(China(2028, 11, 2, 9, 0));
        var before = await Stats().TodayAsync(Ct);
        var shop = await ShopAsync(Platform.WebShop);
        var at = China(2028, 11, 1, 10, 0);
        var inWave = TestData.Order(shop, Id(), at);
        inWave.MoveTo(OrderStatus.InFulfillment, at.AddHours(1), "test");
        var flagged = TestData.Order(shop, Id(), at);
        flagged.FlagException("Unknown SKU ZZ-404");
        var shipped = TestData.Order(shop, Id(), at);
        shipped.MoveTo(OrderStatus.Shipped, at.AddHours(3), "test");
        await SaveAsync(TestData.Order(shop, Id(), at), inWave, flagged, shipped,
            TestData.Order(shop, Id(), at, OrderStatus.PendingPayment));

        var after = await Stats().TodayAsync(Ct);

        Assert.Equal(before.AwaitingShipment.Paid + 2, after.AwaitingShipment.Paid);
        Assert.Equal(before.AwaitingShipment.InFulfillment + 1, after.AwaitingShipment.InFulfillment);
        Assert.Equal(before.AwaitingShipment.Total + 3, after.AwaitingShipment.Total);
        Assert.Equal(before.Exceptions + 1, after.Exceptions);
    }

    private static int CountOn(DailyOrders daily, Platform platform, DateOnly day)
    {
        var index = daily.Days.ToList().IndexOf(day);
        Assert.True(index >= 0, $"{day} is not in the window {daily.Days[0]}…{daily.Days[^1]}");
        return daily.Counts[platform][index];
    }

    private static string Id() => $"OV{Guid.NewGuid():N}"[..20];

    private async Task<Shop> ShopAsync(Platform platform, bool isTmall = false)
    {
        await using var db = await app.DbAsync();
        return (await TestData.ShopAsync(db, platform, $"ov-{Guid.NewGuid():N}"[..16], isTmall)).Shop;
    }

    private async Task SaveAsync(params Order[] orders)
    {
        await using var db = await app.DbAsync();
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync(Ct);
    }
}
