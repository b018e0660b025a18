using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Monitoring;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Monitoring;

/// <summary>Its own app: the statistics it writes today would change the KPIs that <see cref="BoardSnapshotsTests"/> checks.</summary>
public sealed class BoardSnapshotReaderTests(GatewayScreensApp app) : IClassFixture<GatewayScreensApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_AfterAnEarlierSnapshot_ReusedDayAndWeekBucketsEqualAColdRead()
    {
        var now = app.Clock.GetUtcNow();
        var reader = app.Get<BoardSnapshotReader>();
        var ranges = Enum.GetValues<BoardRange>();
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Pinduoduo, "pdd-reuse");
        db.ChannelMinuteStats.Add(new ChannelMinuteStat(shop.Id, Platform.Pinduoduo, now.AddDays(-3)) { Received = 70 });
        await db.SaveChangesAsync(Ct);
        var earlier = await reader.ReadAsync(ranges, null, Ct);
        db.ChannelMinuteStats.Add(new ChannelMinuteStat(shop.Id, Platform.Pinduoduo, now) { Received = 5 });
        await db.SaveChangesAsync(Ct);

        var refreshed = await reader.ReadAsync(ranges, earlier, Ct);
        var cold = await reader.ReadAsync(ranges, null, Ct);

        foreach (var range in ranges)
            foreach (var platform in Enum.GetValues<Platform>())
                Assert.Equal(cold.Inflow[range].Counts[platform], refreshed.Inflow[range].Counts[platform]);
        Assert.Equal(5, refreshed.Inflow[BoardRange.Week].Counts[Platform.Pinduoduo].Sum()
            - earlier.Inflow[BoardRange.Week].Counts[Platform.Pinduoduo].Sum());
    }
}
