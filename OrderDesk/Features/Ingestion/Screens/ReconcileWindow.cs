namespace OrderDesk.Features.Ingestion.Screens;

public enum WindowProblem
{
    None,
    Missing,
    EndBeforeStart,
    TooLong,
    InFuture,
}

/// <summary>The reconciliation screen's window rules: start before end, at most seven days, not in the future.</summary>
public static class ReconcileWindow
{
    public static readonly TimeSpan Default = TimeSpan.FromHours(2);
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);
    /// <summary>Room for a clock a little ahead of the server's, so "now" typed on a laptop is still accepted.</summary>
    public static readonly TimeSpan FutureSlack = TimeSpan.FromMinutes(5);

    public static WindowProblem Check(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now) => (from, to) switch
    {
        (null, _) or (_, null) => WindowProblem.Missing,
        ({ } f, { } t) when t <= f => WindowProblem.EndBeforeStart,
        ({ } f, { } t) when t - f > Longest => WindowProblem.TooLong,
        (_, { } t) when t > now + FutureSlack => WindowProblem.InFuture,
        _ => WindowProblem.None,
    };
}
