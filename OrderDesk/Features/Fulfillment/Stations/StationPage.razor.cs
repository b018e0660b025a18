using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>
/// One station at one stage. Scans arrive from the page's JS module one at a time and in order; every desk call of
/// this page goes through one gate, so a button pressed between two scans waits its turn. The screen shows only what
/// the server answered after its commit.
/// </summary>
public sealed partial class StationPage : IAsyncDisposable
{
    public const string SetupPath = "/stations";
    private static readonly TimeSpan s_queueRefresh = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private ElementReference _root;
    private ElementReference _input;
    private IJSObjectReference? _module;
    private IJSObjectReference? _scanner;
    private DotNetObjectReference<StationPage>? _self;

    private FulfillmentStage _stage;
    private StationWorker? _worker;
    private string _warehouseName = "";
    private bool _canSupervise;
    private IReadOnlyList<QueueItem> _queue = [];
    private StationView? _current;
    private StationBanner? _banner;
    private int _seq;
    private PackingAdvice? _advice;
    private string _tracking = "";
    private ShippedParcel? _shipped;
    private StationChoice? _choice;
    private bool _remember;

    [Parameter] public string Stage { get; set; } = "";
    [SupplyParameterFromQuery(Name = "warehouse")] public long? WarehouseId { get; set; }
    [SupplyParameterFromQuery(Name = "station")] public string? StationCode { get; set; }
    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }

    [Inject] public required StationDesk Desk { get; init; }
    [Inject] public required Waves.WaveBoard Setup { get; init; }
    [Inject] public required IPackingAdvice Advice { get; init; }
    [Inject] public required FulfillmentOptions Options { get; init; }
    [Inject] public required IAuthorizationService Authorization { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required IStringLocalizer<StationText> L { get; init; }
    [Inject] public required StationWording Wording { get; init; }

    private CancellationToken Ct => _stop.Token;
    private string SetupHref => $"{SetupPath}?change=1";

    protected override async Task OnParametersSetAsync()
    {
        if (!Enum.TryParse(Stage, ignoreCase: true, out _stage) || !_stage.IsSigned() || WarehouseId is not { } warehouseId
            || string.IsNullOrWhiteSpace(StationCode))
        {
            Navigation.NavigateTo(SetupHref);
            return;
        }
        var warehouse = (await Setup.WarehousesAsync(Ct)).FirstOrDefault(w => w.Id == warehouseId);
        var stations = warehouse is null ? [] : await Desk.StationsAsync(warehouseId, Ct);
        var station = stations.FirstOrDefault(s => string.Equals(s.Code, StationCode.Trim(), StringComparison.OrdinalIgnoreCase));
        if (warehouse is null || station is null)
        {
            Navigation.NavigateTo(SetupHref);
            return;
        }
        var choice = new StationChoice(warehouseId, station.Code, _stage);
        if (choice != _choice)
        {
            // The same page instance serves every stage: what the last stage held is let go.
            if (_current is { } held && _worker is not null) await Desk.ReleaseAsync(_worker, held.WaveOrderId, force: false, Ct);
            (_current, _banner, _shipped, _advice, _tracking) = (null, null, null, null, "");
            _choice = choice;
            _remember = true;
        }
        _warehouseName = warehouse.Name;
        var user = (await AuthenticationState).User;
        _worker = new StationWorker(user.UserId(), user.DisplayName(), station.Code);
        _canSupervise = (await Authorization.AuthorizeAsync(user, Policies.Supervise)).Succeeded;
        _queue = await Desk.QueueAsync(warehouseId, _stage, _worker, Ct);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!RendererInfo.IsInteractive || _worker is null) return;
        if (_remember && _choice is { } choice)
        {
            _remember = false;
            await JS.InvokeVoidAsync("localStorage.setItem", Ct, StationChoice.StorageKey, choice.ToJson());
        }
        if (!firstRender) return;
        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", Ct, "./Features/Fulfillment/Stations/StationPage.razor.js");
        _scanner = await _module.InvokeAsync<IJSObjectReference>("attach", Ct, _root, _input, _self);
        _ = RefreshQueueLoopAsync();
    }

    /// <summary>One scanned or typed code, from the JS queue; answers the sound to play.</summary>
    [JSInvokable]
    public async Task<string> Scan(string code)
    {
        var text = (code ?? "").Trim();
        if (text.Length == 0 || _worker is null) return "";
        var banner = await RunAsync(() => RouteAsync(text), text);
        return banner?.Kind.ToString().ToLowerInvariant() ?? "";
    }

    /// <summary>The script's heartbeat: an answer means the circuit is alive (a static method cannot be called on the instance reference).</summary>
    [JSInvokable]
    public Task<bool> Ping() => Task.FromResult(_worker is not null);

    private async Task<StationResult?> RouteAsync(string code)
    {
        var worker = _worker!;
        if (_current is not { } current) return await Desk.OpenAsync(worker, _stage, WarehouseId!.Value, code, Ct);
        var slip = WaveOrder.OrderIdOf(code);
        switch (_stage)
        {
            case FulfillmentStage.Pick or FulfillmentStage.Check:
                return await Desk.ScanAsync(worker, _stage, current.WaveOrderId, code, Ct);
            case FulfillmentStage.Pack when slip == current.OrderId:
                return await PackWithAsync(null, null, null);
            case FulfillmentStage.Weigh when slip == current.OrderId:
                Show(Local(BannerKind.Info, L["Weigh_SlipAgain"], code));
                return null;
            case FulfillmentStage.Weigh when slip is null && LooksLikeTracking(code):
                _tracking = code;
                Show(Local(BannerKind.Info, L["Weigh_TrackingNoted", code], code));
                return null;
            case FulfillmentStage.Weigh when slip is null:
                return await Desk.WeighAsync(worker, current.WaveOrderId, code, _tracking, Ct);
        }
        if (slip is not null)
        {
            await Desk.ReleaseAsync(worker, current.WaveOrderId, force: false, Ct);
            return await Desk.OpenAsync(worker, _stage, WarehouseId!.Value, code, Ct);
        }
        Show(Local(BannerKind.Blocked, L["Pack_ScanHint"], code, ScanVerdict.InvalidInput));
        return null;
    }

    /// <summary>A carrier label: letters and digits, long enough not to be a weight typed in grams.</summary>
    internal static bool LooksLikeTracking(string code) =>
        code.Length >= 8 && code.All(char.IsAsciiLetterOrDigit) && code.Any(char.IsAsciiDigit)
        && !code.EndsWith('g') && !code.EndsWith('G');

    /// <summary>Every desk call of this page, one at a time: the answer becomes the banner and the shown order.</summary>
    private async Task<StationBanner?> RunAsync(Func<Task<StationResult?>> work, string input, bool beep = false)
    {
        await _gate.WaitAsync(Ct);
        try
        {
            var shownBefore = _banner;
            StationResult? result;
            try
            {
                result = await work();
            }
            catch (DomainRuleException e)
            {
                result = new StationResult(ScanVerdict.InvalidInput, StationMessage.Refused(e), null);
            }
            if (result is not null) await ApplyAsync(result, input);
            await InvokeAsync(StateHasChanged);
            var banner = ReferenceEquals(_banner, shownBefore) ? null : _banner;
            if (beep && banner is not null) await BeepAsync(banner.Kind);
            return banner;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ApplyAsync(StationResult result, string input)
    {
        var openedBefore = _current?.WaveOrderId;
        if (result.View is { } view)
        {
            // Only opening reads the wave number; later answers keep the one already shown.
            if (view.WaveNumber.Length == 0 && _current?.WaveOrderId == view.WaveOrderId) view = view with { WaveNumber = _current.WaveNumber };
            if (view.Stage == FulfillmentStage.Shipped)
                _shipped = new ShippedParcel(view.OrderNumber, view.CarrierCode, view.CarrierService, _tracking, view.MeasuredWeightGrams);
            _current = view.Stage == _stage ? view : null;
        }
        else if (result.Verdict == ScanVerdict.HeldElsewhere)
        {
            _current = null;
        }
        if (_current?.WaveOrderId != openedBefore)
        {
            _tracking = "";
            if (_current is not null) _shipped = null;
            _advice = _current is { } opened && _stage == FulfillmentStage.Pack ? await Advice.AdviseAsync(opened.OrderId, Ct) : null;
        }
        if (result.StageCompleted || _current is null)
            _queue = await Desk.QueueAsync(WarehouseId!.Value, _stage, _worker!, Ct);
        Show(new StationBanner(0, StationBanner.KindOf(result.Verdict), Headline(result), Wording.Word(result.Message), input, result.Verdict,
            result.Verdict == ScanVerdict.Incomplete && result.View is { } v ? Missing(v) : []));
    }

    private string Headline(StationResult result) => result.Verdict switch
    {
        ScanVerdict.Accepted when result.Message.IsEmpty => L["Verdict_Opened"],
        // The last unit's scan answers Accepted with the stage completed: the headline says the stage is done.
        ScanVerdict.Accepted or ScanVerdict.StageCompleted or ScanVerdict.Override when result.StageCompleted =>
            L[$"Verdict_StageCompleted_{(result.View?.Stage == FulfillmentStage.Shipped ? "Shipped" : _stage.ToString())}"],
        _ => L[$"Verdict_{result.Verdict}"],
    };

    private List<string> Missing(StationView view) => view.Lines.Where(l => !l.Done)
        .Select(l => L["MissingLine", l.Quantity - l.Verified, l.SkuCode, l.ProductName, l.VariantText, l.BinLocation].Value).ToList();

    private StationBanner Local(BannerKind kind, string headline, string input, ScanVerdict? verdict = null) =>
        new(0, kind, headline, "", input, verdict, []);

    private void Show(StationBanner banner) => _banner = banner with { Seq = ++_seq };

    private async Task BeepAsync(BannerKind kind)
    {
        if (_module is null) return;
        try
        {
            await _module.InvokeVoidAsync("beep", Ct, kind.ToString().ToLowerInvariant());
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task FocusScannerAsync()
    {
        if (_scanner is null) return;
        try
        {
            await _scanner.InvokeVoidAsync("focus", Ct);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task RefreshQueueLoopAsync()
    {
        using var timer = new PeriodicTimer(s_queueRefresh);
        try
        {
            while (await timer.WaitForNextTickAsync(Ct))
            {
                if (!await _gate.WaitAsync(0, Ct)) continue;
                try
                {
                    _queue = await Desk.QueueAsync(WarehouseId!.Value, _stage, _worker!, Ct);
                }
                finally
                {
                    _gate.Release();
                }
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        var holding = _current;
        await _stop.CancelAsync();
        if (holding is not null && _worker is not null)
            await Desk.ReleaseAsync(_worker, holding.WaveOrderId, force: false, CancellationToken.None);
        try
        {
            if (_scanner is not null)
            {
                await _scanner.InvokeVoidAsync("dispose");
                await _scanner.DisposeAsync();
            }
            if (_module is not null) await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is already gone, and with it the page's script.
        }
        _self?.Dispose();
        _stop.Dispose();
        _gate.Dispose();
    }

    private sealed record ShippedParcel(string OrderNumber, string CarrierCode, string Service, string Tracking, int? Grams);
}
