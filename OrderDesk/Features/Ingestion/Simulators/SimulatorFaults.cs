namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>The fault rates in force; start from configuration, tests switch them at runtime.</summary>
public sealed class SimulatorFaults(SimulatorOptions options)
{
    private volatile SimulatorFaultRates _current = Copy(options.Faults);

    public SimulatorFaultRates Current => _current;

    /// <summary>Replaces every rate at once (a copy is kept, so later edits to <paramref name="rates"/> do nothing).</summary>
    public void Set(SimulatorFaultRates rates) => _current = Copy(rates);

    /// <summary>Every fault off: the simulators answer exactly and on time.</summary>
    public static SimulatorFaultRates None() => new()
    {
        RateLimit = 0, ServerError = 0, Slow = 0, LateChange = 0, Duplicate = 0, OutOfOrder = 0, Malformed = 0,
    };

    /// <summary>Request-time faults need no reproducibility beyond 0 and 1, so the shared generator is enough.</summary>
    public static bool Roll(double rate) => rate >= 1 || (rate > 0 && Random.Shared.NextDouble() < rate);

    private static SimulatorFaultRates Copy(SimulatorFaultRates r) => new()
    {
        RateLimit = r.RateLimit, RateLimitSeconds = r.RateLimitSeconds, ServerError = r.ServerError, Slow = r.Slow,
        SlowMilliseconds = r.SlowMilliseconds, LateChange = r.LateChange, Duplicate = r.Duplicate, OutOfOrder = r.OutOfOrder,
        Malformed = r.Malformed,
    };
}
