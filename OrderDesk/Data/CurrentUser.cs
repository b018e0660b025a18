namespace OrderDesk.Data;

/// <summary>
/// Who is acting right now, for the audit trail. Set per HTTP request and per Blazor circuit
/// activity; background jobs run as "system".
/// </summary>
public static class CurrentUser
{
    private static readonly AsyncLocal<string?> s_name = new();

    public const string System = "system";

    public static string Name => s_name.Value ?? System;

    public static IDisposable Use(string? name)
    {
        var previous = s_name.Value;
        s_name.Value = string.IsNullOrEmpty(name) ? null : name;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => s_name.Value = previous;
    }
}
