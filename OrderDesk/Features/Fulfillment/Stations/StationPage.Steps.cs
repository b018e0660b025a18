using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>The station's buttons: each one desk call through the page's gate, like a scan.</summary>
public sealed partial class StationPage
{
    private Task OpenItemAsync(QueueItem item) => RunAsync(async () =>
    {
        if (_current is { } current && current.WaveOrderId != item.WaveOrderId)
            await Desk.ReleaseAsync(_worker!, current.WaveOrderId, force: false, Ct);
        return await Desk.OpenAsync(_worker!, _stage, item.WaveOrderId, Ct);
    }, item.OrderNumber, beep: true);

    private Task CompleteAsync() => RunAsync(async () => await Desk.CompleteAsync(_worker!, _stage, _current!.WaveOrderId, Ct), "", beep: true);

    private Task CloseOrderAsync() => RunAsync(async () =>
    {
        await Desk.ReleaseAsync(_worker!, _current!.WaveOrderId, force: false, Ct);
        _current = null;
        _banner = null;
        _queue = await Desk.QueueAsync(WarehouseId!.Value, _stage, _worker!, Ct);
        return null;
    }, "");

    private Task ForceReleaseAsync(QueueItem item) => RunAsync(async () =>
    {
        if (!_canSupervise) return null;
        var result = await Desk.ReleaseAsync(_worker!, item.WaveOrderId, force: true, Ct);
        _queue = await Desk.QueueAsync(WarehouseId!.Value, _stage, _worker!, Ct);
        Show(Local(BannerKind.Info, L["Released", item.OrderNumber], item.OrderNumber, result.Verdict));
        return null;
    }, item.OrderNumber);

    private Task PackAsync(PackChoice choice) =>
        RunAsync(async () => await PackWithAsync(choice.CarrierCode, choice.Service, choice.Reason), choice.CarrierCode, beep: true);

    private Task<StationResult> PackWithAsync(string? carrier, string? service, string? reason)
    {
        var advice = _advice ?? throw new DomainRuleException("The carrier recommendation is still loading.") { Code = "AdviceLoading" };
        return Desk.PackAsync(_worker!, _current!.WaveOrderId,
            new CarrierChoice(carrier ?? advice.CarrierCode, service ?? advice.Service, advice.CarrierCode, advice.RuleName, reason), Ct);
    }

    private Task WeighAgainAsync()
    {
        _banner = null;
        return FocusScannerAsync();
    }

    private Task SendBackAsync(string reason) =>
        RunAsync(async () => await Desk.SendBackToCheckAsync(_worker!, _stage, _current!.WaveOrderId, reason, Ct), "", beep: true);

    private Task OverrideAsync(OverrideRequest request) => RunAsync(async () => _canSupervise
        ? await Desk.OverrideAsync(_worker!, _stage, _current!.WaveOrderId, request.LineId, request.Weight, request.Reason, Ct)
        : null, request.Weight ?? "", beep: true);
}
