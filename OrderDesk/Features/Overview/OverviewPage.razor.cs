using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Overview;

public sealed partial class OverviewPage : IDisposable
{
    // Often enough for a wall screen to feel live, rare enough that every open page costs the database little.
    private static readonly TimeSpan s_refreshEvery = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _stop = new();
    private TodayFigures? _today;
    private DailyOrders? _daily;
    private HourlyOrders? _hourly;
    private bool _canOpenOrders;
    private ITimer? _timer;

    [Inject] public required OverviewStats Stats { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IAuthorizationService Authorization { get; init; }
    [Inject] public required IStringLocalizer<OverviewPage> Text { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string TodayText => Time.Today(Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            var user = (await AuthenticationState).User;
            _canOpenOrders = (await Authorization.AuthorizeAsync(user, Policies.Orders)).Succeeded;
        }
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only a live circuit refreshes; a prerendered page is thrown away as soon as it is sent.
        if (firstRender) _timer = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, s_refreshEvery, s_refreshEvery);
    }

    private async Task LoadAsync()
    {
        var ct = _stop.Token;
        _today = await Stats.TodayAsync(ct);
        _daily = await Stats.OrdersPerDayAsync(30, ct);
        _hourly = await Stats.OrdersPerHourAsync(ct);
    }

    private async Task RefreshAsync()
    {
        if (_stop.IsCancellationRequested) return;
        try
        {
            await LoadAsync();
            StateHasChanged();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private string? OrdersLink(string query) => _canOpenOrders ? $"/orders?{query}" : null;

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private string Versus(int change) =>
        change == 0 ? Text["SameAsYesterday"] : Text["VsYesterday", change.ToString("+#,0;−#,0", CultureInfo.CurrentCulture)];

    private string Versus(Money change) =>
        change.Fen == 0 ? Text["SameAsYesterday"] : Text["VsYesterday", (change.Fen > 0 ? "+" : "") + change];

    private string YesterdayWas(string value) => Text["YesterdayWas", value];

    public void Dispose()
    {
        _timer?.Dispose();
        _stop.Cancel();
        _stop.Dispose();
    }
}
