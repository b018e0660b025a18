using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Monitoring;

/// <summary>The wall screen: the shared snapshot, re-rendered as it changes but at most twice a second per circuit.</summary>
public sealed partial class BoardPage : IDisposable
{
    public static readonly TimeSpan MinRenderGap = TimeSpan.FromMilliseconds(500);
    private const string SyncStatePage = "/ingestion/sync";

    private readonly CancellationTokenSource _stop = new();
    private IDisposable? _subscription;
    private BoardSnapshot? _snapshot;
    private BoardSnapshot? _latest;
    private BoardRange _range = BoardRange.Hour;
    private long _lastRender;
    private int _renderQueued;

    [Inject] public required BoardSnapshots Snapshots { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IStringLocalizer<BoardPage> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }

    protected override async Task OnInitializedAsync() => _snapshot = await Snapshots.CurrentAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        // Only a live circuit subscribes: a prerendered page is thrown away as soon as it is sent.
        if (firstRender && RendererInfo.IsInteractive) _subscription = Snapshots.Subscribe(OnSnapshot);
    }

    // Runs on the refresher's thread: only note the snapshot and queue one render.
    private void OnSnapshot(BoardSnapshot snapshot)
    {
        Volatile.Write(ref _latest, snapshot);
        if (Interlocked.Exchange(ref _renderQueued, 1) == 0) _ = InvokeAsync(RenderLatestAsync);
    }

    private async Task RenderLatestAsync()
    {
        try
        {
            var wait = MinRenderGap - System.Diagnostics.Stopwatch.GetElapsedTime(_lastRender);
            if (_lastRender != 0 && wait > TimeSpan.Zero) await Task.Delay(wait, _stop.Token);
            Volatile.Write(ref _renderQueued, 0);
            _snapshot = Volatile.Read(ref _latest) ?? _snapshot;
            _lastRender = System.Diagnostics.Stopwatch.GetTimestamp();
            StateHasChanged();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Percent(double? rate, string format) =>
        rate is { } r ? (r * 100).ToString(format, CultureInfo.CurrentCulture) + " %" : "—";

    public void Dispose()
    {
        _subscription?.Dispose();
        _stop.Cancel();
    }
}
