using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Pulls;

namespace OrderDesk.Tests.Unit.Ingestion.Pulls;

public sealed class PullWindowsTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_lookback = TimeSpan.FromHours(1);

    private static PullPolicy Policy(int maxWindowMin, int overlapMin, int lagSec) =>
        new(TimeSpan.FromMinutes(maxWindowMin), TimeSpan.FromMinutes(overlapMin), TimeSpan.FromSeconds(lagSec), 50, 2);

    private static DateTimeOffset At(string hhmmss) =>
        new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero) + TimeSpan.Parse(hhmmss, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string?, int, int, int, string?, string?> Cases() => new()
    {
        // case, watermark, max window (min), overlap (min), lag (s), expected from, expected to
        { "new shop: one hour back, minus overlap, one max window", null, 30, 2, 30, "08:58:00", "09:28:00" },
        { "recent watermark: ends at now minus lag", "09:50:00", 30, 2, 30, "09:48:00", "09:59:30" },
        { "far behind: never wider than the max window", "05:00:00", 30, 2, 30, "04:58:00", "05:28:00" },
        { "Pinduoduo: three minutes behind its clock", "09:50:00", 30, 2, 180, "09:48:00", "09:57:00" },
        { "Pinduoduo: watermark inside the lag means caught up", "09:57:00", 30, 2, 180, null, null },
        { "caught up exactly", "09:59:30", 30, 2, 30, null, null },
        { "JD-style wide window, no overlap", "08:00:00", 60, 0, 60, "08:00:00", "09:00:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_FromWatermark_OverlapLagAndMaxWindowApplied(string name, string? watermark, int maxWindow, int overlap, int lag,
        string? expectedFrom, string? expectedTo)
    {
        var window = PullWindows.Next(watermark is null ? null : At(watermark), s_now, Policy(maxWindow, overlap, lag), s_lookback);

        if (expectedFrom is null)
        {
            Assert.True(window is null, name);
            return;
        }
        Assert.NotNull(window);
        Assert.Equal(At(expectedFrom), window.From);
        Assert.Equal(At(expectedTo!), window.To);
    }

    [Fact]
    public void Next_RepeatedFromEachWindowEnd_CoversEverythingUpToNowMinusLag()
    {
        var policy = Policy(30, 2, 30);
        DateTimeOffset? watermark = At("06:00:00");
        var windows = new List<PullWindow>();
        while (PullWindows.Next(watermark, s_now, policy, s_lookback) is { } window)
        {
            Assert.True(window.From <= watermark, "each window starts at or before the watermark (no gap)");
            windows.Add(window);
            watermark = window.To;
        }
        Assert.Equal(At("09:59:30"), watermark);
        Assert.All(windows, w => Assert.True(w.To - w.From <= policy.MaxWindow));
    }

    [Fact]
    public void Next_NowWithMilliseconds_EndsOnTheWholeSecondThePlatformIsAskedFor()
    {
        // Platforms take "yyyy-MM-dd HH:mm:ss": a window to 09:59:30.700 would be asked as 09:59:30 while the
        // watermark claimed the extra 700 ms, and an order modified at 09:59:30.000 would never be pulled.
        var window = PullWindows.Next(At("09:50:00"), s_now.AddMilliseconds(700), Policy(30, 2, 30), s_lookback);
        Assert.Equal(At("09:59:30"), window!.To);
    }

    [Fact]
    public void Next_MaxWindowNotLongerThanOverlap_Refused() =>
        Assert.Throws<ArgumentException>(() => PullWindows.Next(null, s_now, Policy(2, 2, 30), s_lookback));

    [Fact]
    public void Chunks_TwoHoursInHalfHours_ContiguousAndBounded()
    {
        var chunks = PullWindows.Chunks(new PullWindow(At("08:00:00"), At("09:59:30")), TimeSpan.FromMinutes(30)).ToList();

        Assert.Equal(4, chunks.Count);
        Assert.Equal(At("08:00:00"), chunks[0].From);
        Assert.Equal(At("09:59:30"), chunks[^1].To);
        for (var i = 1; i < chunks.Count; i++) Assert.Equal(chunks[i - 1].To, chunks[i].From);
    }
}
