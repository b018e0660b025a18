namespace OrderDesk.Components;

/// <summary>
/// Coalesces bursts of feed events into at most one refresh per interval: the first event refreshes at once,
/// the rest within the interval collapse into one trailing refresh. Uses real time on purpose: tests swap the
/// app's TimeProvider for a manual clock, and a render must not wait for a test to move it.
/// </summary>
public sealed class RenderThrottle(TimeSpan interval, Func<Task> refresh) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    // Pokes come from background threads (a snapshot refresher, a feed) whose culture is the process default;
    // the render must keep the circuit's language, so the creator's culture is restored before refreshing.
    private readonly System.Globalization.CultureInfo _culture = System.Globalization.CultureInfo.CurrentCulture;
    private readonly System.Globalization.CultureInfo _uiCulture = System.Globalization.CultureInfo.CurrentUICulture;
    private long _lastTicks = long.MinValue / 2;
    private bool _pending;

    public void Poke()
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_pending || _stop.IsCancellationRequested) return;
            _pending = true;
            var since = TimeSpan.FromTicks(Environment.TickCount64 * TimeSpan.TicksPerMillisecond - _lastTicks);
            wait = since >= interval ? TimeSpan.Zero : interval - since;
        }
        _ = RunAsync(wait);
    }

    private async Task RunAsync(TimeSpan wait)
    {
        try
        {
            if (wait > TimeSpan.Zero) await Task.Delay(wait, _stop.Token);
            lock (_gate)
            {
                _pending = false;
                _lastTicks = Environment.TickCount64 * TimeSpan.TicksPerMillisecond;
            }
            if (_stop.IsCancellationRequested) return;
            System.Globalization.CultureInfo.CurrentCulture = _culture;
            System.Globalization.CultureInfo.CurrentUICulture = _uiCulture;
            await refresh();
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the event and the render.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
