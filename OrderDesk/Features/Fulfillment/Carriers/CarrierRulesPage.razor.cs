using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Carriers;

public sealed partial class CarrierRulesPage : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private IReadOnlyList<CarrierRule>? _rules;
    private IReadOnlyList<Carrier>? _carriers;
    private string _reference = "";
    private bool _notFound;
    private (OrderReference Order, CarrierAdvice Advice)? _tested;

    [Inject] public required CarrierRuleAdmin Admin { get; init; }
    [Inject] public required CarrierAdvisor Advisor { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IStringLocalizer<CarrierText> L { get; init; }

    /// <summary>Opens the page with an order already tested (?order=…), e.g. from a link in a report.</summary>
    [SupplyParameterFromQuery(Name = "order")] public string? OrderQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        if (!string.IsNullOrWhiteSpace(OrderQuery))
        {
            _reference = OrderQuery;
            await TestAsync();
        }
    }

    private async Task LoadAsync()
    {
        _rules = await Admin.RulesAsync(_cts.Token);
        // Rules and carriers drive the advice: a shown test result would be stale after any change (one read for both).
        if (_tested is { } tested)
        {
            var (advice, carriers) = await Advisor.AdviseWithCarriersAsync(tested.Order.Id, _cts.Token);
            (_tested, _carriers) = ((tested.Order, advice), carriers);
        }
        else
        {
            _carriers = await Advisor.CarriersAsync(_cts.Token);
        }
    }

    private string CarrierName(string code) =>
        _carriers?.FirstOrDefault(c => c.Code == code)?.DisplayName(CarrierText.Chinese) ?? code;

    private Task NewAsync() => OpenAsync(L["NewRule"], new DialogParameters<CarrierRuleDialog> { { d => d.Carriers, _carriers } });

    private Task EditAsync(CarrierRule rule) => OpenAsync(L["EditRule", rule.Name],
        new DialogParameters<CarrierRuleDialog> { { d => d.RuleId, rule.Id }, { d => d.Carriers, _carriers } });

    private async Task OpenAsync(string title, DialogParameters<CarrierRuleDialog> parameters)
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<CarrierRuleDialog>(title, parameters, options);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task MoveAsync(CarrierRule rule, int offset)
    {
        await Admin.MoveAsync(rule.Id, offset, _cts.Token);
        await LoadAsync();
    }

    private async Task SetEnabledAsync(CarrierRule rule, bool enabled)
    {
        await Admin.SetEnabledAsync(rule.Id, enabled, _cts.Token);
        Snackbar.Add(enabled ? L["RuleEnabledNow", rule.Name] : L["RuleDisabledNow", rule.Name], Severity.Info);
        await LoadAsync();
    }

    private async Task DeleteAsync(CarrierRule rule)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["DeleteTitle"], L["DeleteText", rule.Name], L["Delete"], cancelText: L["Cancel"]);
        if (confirmed != true) return;
        await Admin.DeleteAsync(rule.Id, _cts.Token);
        Snackbar.Add(L["Deleted", rule.Name], Severity.Info);
        await LoadAsync();
    }

    private async Task TestOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await TestAsync();
    }

    private async Task TestAsync()
    {
        _tested = null;
        var order = await Advisor.FindOrderAsync(_reference, _cts.Token);
        _notFound = order is null;
        if (order is null) return;
        try
        {
            _tested = (order, await Advisor.AdviseAsync(order.Id, _cts.Token));
        }
        catch (DomainRuleException refused)
        {
            Snackbar.Add(refused.Message, Severity.Error);
        }
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
