using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Components;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Waves;

/// <summary>Releases ready orders of a warehouse into waves and follows the waves through the stations.</summary>
public sealed partial class WavesPage : IDisposable
{
    public const int ReadyShown = 300;
    public const int WavesShown = 30;

    private readonly CancellationTokenSource _cts = new();
    private readonly HashSet<long> _selected = [];
    private IReadOnlyList<WarehouseOption> _warehouses = [];
    private IReadOnlyList<ReadyOrder> _ready = [];
    private IReadOnlyList<WaveSummary> _waves = [];
    private WaveKpis? _kpis;
    private long _warehouseId;
    private DateTime? _cutOffDate;
    private TimeSpan? _cutOffTime;
    private DateTimeOffset _now;
    private string? _error;
    private IReadOnlyList<Domain.Fulfillment.Carrier> _carriers = [];
    private string? _carrier;
    private bool _busy;

    [SupplyParameterFromQuery(Name = "warehouse")] public long? Warehouse { get; set; }

    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }
    [Inject] public required WaveDesk Desk { get; init; }
    [Inject] public required WaveBoard Board { get; init; }
    [Inject] public required Carriers.CarrierAdvisor CarrierAdvisor { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<WavesText> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _warehouses = await Board.WarehousesAsync(_cts.Token);
        _carriers = [.. (await CarrierAdvisor.CarriersAsync(_cts.Token)).Where(c => c.Enabled)];
        _carrier = _carriers.FirstOrDefault()?.Code;
        _warehouseId = _warehouses.FirstOrDefault(w => w.Id == Warehouse)?.Id ?? _warehouses.FirstOrDefault()?.Id ?? 0;
        var now = Time.Local(Clock.GetUtcNow());
        _cutOffDate = now.Date;
        _cutOffTime = new TimeSpan(now.Hour, now.Minute, 0);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_warehouseId == 0) return;
        _now = Clock.GetUtcNow();
        _kpis = await Board.KpisAsync(_warehouseId, _cts.Token);
        _ready = await Desk.ReadyAsync(_warehouseId, ReadyShown, _cts.Token);
        _waves = await Desk.WavesAsync(_warehouseId, WavesShown, _cts.Token);
        // A selection only ever names orders still on the list: what is released is what the user sees ticked.
        _selected.IntersectWith(_ready.Select(o => o.OrderId));
    }

    private async Task WarehouseChangedAsync(long warehouseId)
    {
        _warehouseId = warehouseId;
        _selected.Clear();
        _error = null;
        Navigation.NavigateTo($"/waves?warehouse={warehouseId}", replace: true);
        await LoadAsync();
    }

    private string WarehouseLabel(long id) => _warehouses.FirstOrDefault(w => w.Id == id) is { } w ? $"{w.Code} · {w.Name}" : "";

    private Task ReleaseSelectedAsync() =>
        ReleaseAsync(by => Desk.ReleaseManualAsync(_warehouseId, [.. _selected], by, _cts.Token));

    private Task ReleaseByCarrierAsync() =>
        ReleaseAsync(by => Desk.ReleaseByCarrierAsync(_warehouseId, _carrier ?? "", by, _cts.Token));

    private Task ReleaseByCutOffAsync()
    {
        var local = (_cutOffDate ?? Time.Local(Clock.GetUtcNow()).Date).Date + (_cutOffTime ?? TimeSpan.Zero);
        var cutOff = new DateTimeOffset(local, Time.Zone.GetUtcOffset(local)).ToUniversalTime();
        return ReleaseAsync(by => Desk.ReleaseByCutOffAsync(_warehouseId, cutOff, by, _cts.Token));
    }

    private async Task ReleaseAsync(Func<string, Task<Domain.Fulfillment.Wave>> release)
    {
        _busy = true;
        _error = null;
        try
        {
            var user = (await AuthenticationState).User;
            var by = user.DisplayName();
            var wave = await release(by);
            Snackbar.Add(L["Released", wave.Number, wave.Orders.Count], Severity.Success);
            _selected.Clear();
        }
        catch (DomainRuleException refused)
        {
            _error = refused.Message;
        }
        finally
        {
            _busy = false;
        }
        await LoadAsync();
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
