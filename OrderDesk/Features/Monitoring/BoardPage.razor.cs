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

    private IDisposable? _subscription;
    private RenderThrottle? _throttle;
    private BoardSnapshot? _snapshot;
    private BoardSnapshot? _latest;
    private BoardRange _range = BoardRange.Hour;

    [Inject] public required BoardSnapshots Snapshots { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IStringLocalizer<BoardPage> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }

    protected override async Task OnInitializedAsync() => _snapshot = await Snapshots.CurrentAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        // Only a live circuit subscribes: a prerendered page is thrown away as soon as it is sent.
        if (!firstRender || !RendererInfo.IsInteractive) return;
        _throttle = new RenderThrottle(MinRenderGap, () => InvokeAsync(() =>
        {
            _snapshot = Volatile.Read(ref _latest) ?? _snapshot;
            StateHasChanged();
        }));
        _subscription = Snapshots.Subscribe(OnSnapshot);
    }

    // Runs on the refresher's thread: only note the snapshot; the throttle renders the latest one.
    private void OnSnapshot(BoardSnapshot snapshot)
    {
        Volatile.Write(ref _latest, snapshot);
        _throttle?.Poke();
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Percent(double? rate, string format) =>
        rate is { } r ? (r * 100).ToString(format, CultureInfo.CurrentCulture) + " %" : "—";

    public void Dispose()
    {
        _subscription?.Dispose();
        _throttle?.Dispose();
    }
}
