namespace OrderDesk.Tests.Support;

/// <summary>A clock tests move by hand.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <summary>2026-11-24 10:00 in Shanghai: a Tuesday morning.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    public TestClock() : this(DefaultStart) { }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
