namespace OrderDesk.Benchmarks;

/// <summary>A clock that never moves: seeded data and measured runs see the same "now".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
