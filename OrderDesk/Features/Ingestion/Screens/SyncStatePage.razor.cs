using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>Every shop's sync at a glance, refreshed every 10 seconds while the page is open.</summary>
public sealed partial class SyncStatePage : IDisposable
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _cts = new();
    private readonly HashSet<long> _pulling = [];
    private PeriodicTimer? _timer;
    private SyncBoardView? _view;
    private bool _loading;

    [Inject] public required SyncBoard Board { get; init; }
    [Inject] public required ISyncActions Actions { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IStringLocalizer<ScreensText> L { get; init; }

    protected override async Task OnInitializedAsync() => await RefreshAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        // Only once interactive: a timer started during prerendering would outlive the prerendered component.
        if (firstRender && RendererInfo.IsInteractive) _ = AutoRefreshAsync();
    }

    private async Task AutoRefreshAsync()
    {
        _timer = new PeriodicTimer(RefreshEvery);
        try
        {
            while (await _timer.WaitForNextTickAsync(_cts.Token))
                await InvokeAsync(async () =>
                {
                    await RefreshAsync();
                    StateHasChanged();
                });
        }
        catch (OperationCanceledException)
        {
            // the page closed
        }
        catch (Exception e)
        {
            // A fire-and-forget loop would swallow it; the error boundary and the log should see it.
            await DispatchExceptionAsync(e);
        }
    }

    private async Task RefreshAsync()
    {
        if (_loading) return;
        _loading = true;
        try
        {
            _view = await Board.LoadAsync(_cts.Token);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task PullNowAsync(SyncRow row)
    {
        _pulling.Add(row.ShopId);
        try
        {
            var outcome = await Actions.PullNowAsync(row.ShopId, _cts.Token);
            var severity = outcome switch
            {
                PullNowOutcome.Requested or PullNowOutcome.AlreadyRunning => Severity.Success,
                PullNowOutcome.Refused => Severity.Warning,
                _ => Severity.Info,
            };
            Snackbar.Add(L[$"Pull_{outcome}", row.ShopName], severity);
            await RefreshAsync();
        }
        finally
        {
            _pulling.Remove(row.ShopId);
        }
    }

    // The year is noise on a screen about the last minutes and hours, and the table needs the width.
    private string Short(DateTimeOffset? utc) =>
        utc is { } t ? Time.Local(t).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";

    private SyncVerdict Verdict(SyncRow row) => SyncHealthRules.Judge(row, _view?.At ?? DateTimeOffset.UtcNow);

    private string HealthText(SyncVerdict verdict) => verdict.Concerns.Count == 0
        ? L[$"Health_{verdict.Health}"]
        : L[$"Health_{verdict.Health}"] + ": " + string.Join(", ", verdict.Concerns.Select(c => L[$"Concern_{c}"].Value));

    // The source is cancelled, not disposed: a refresh already queued on the renderer may still read its token.
    public void Dispose()
    {
        _cts.Cancel();
        _timer?.Dispose();
    }
}
