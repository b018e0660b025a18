using System.Globalization;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// Random streams keyed by what they decide (seed, shop, minute, order, change…), so the simulation gives the
/// same result however its time is chopped into advance calls. string.GetHashCode is randomised per process,
/// hence FNV-1a over the parts.
/// </summary>
public static class SimRandom
{
    public static Random For(int seed, params object[] parts)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in parts.Prepend(seed))
        {
            foreach (var c in Convert.ToString(part, CultureInfo.InvariantCulture) ?? "")
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            hash ^= '|';
            hash *= 1099511628211UL;
        }
        return new Random((int)(hash ^ (hash >> 32)));
    }

    /// <summary>Knuth's Poisson draw; fine for the small per-minute means used here.</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean <= 0) return 0;
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble()) count++;
        return count;
    }

    public static TimeSpan Between(Random random, TimeSpan min, TimeSpan max) =>
        TimeSpan.FromSeconds(Math.Round(min.TotalSeconds + random.NextDouble() * (max - min).TotalSeconds));

    public static bool Chance(Random random, double rate) => rate >= 1 || (rate > 0 && random.NextDouble() < rate);

    /// <summary>Platform times carry whole seconds; the simulator keeps nothing finer, so rendering round-trips.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public static string Digits(Random random, int length) =>
        string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = (char)('0' + r.Next(10));
        });
}
