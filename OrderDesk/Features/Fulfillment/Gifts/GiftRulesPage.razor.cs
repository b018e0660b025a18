using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Components;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Gifts;

public sealed partial class GiftRulesPage : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private IReadOnlyList<GiftRuleRow>? _rules;

    [Inject] public required GiftRuleService Rules { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IStringLocalizer<GiftRulesPage> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Text { get; init; }

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync() => _rules = await Rules.ListAsync(_cts.Token);

    private async Task NewAsync() => await OpenAsync(L["NewRule"], new DialogParameters<GiftRuleDialog>());

    private async Task EditAsync(GiftRuleRow rule) =>
        await OpenAsync(L["EditRule", rule.Spec.Name], new DialogParameters<GiftRuleDialog> { { d => d.RuleId, rule.Id } });

    private async Task OpenAsync(string title, DialogParameters<GiftRuleDialog> parameters)
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<GiftRuleDialog>(title, parameters, options);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task SetEnabledAsync(GiftRuleRow rule, bool enabled)
    {
        await Rules.SetEnabledAsync(rule.Id, enabled, _cts.Token);
        Snackbar.Add(enabled ? L["EnabledNow", rule.Spec.Name] : L["DisabledNow", rule.Spec.Name], Severity.Info);
        await LoadAsync();
    }

    private async Task DeleteAsync(GiftRuleRow rule)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["DeleteTitle"], L["DeleteBody", rule.Spec.Name],
            yesText: L["Delete"], cancelText: L["Cancel"]);
        if (confirmed != true) return;
        await Rules.DeleteAsync(rule.Id, _cts.Token);
        Snackbar.Add(L["Deleted", rule.Spec.Name], Severity.Info);
        await LoadAsync();
    }

    private IEnumerable<string> Conditions(GiftRuleSpec spec)
    {
        if (spec.Platform is { } platform) yield return Text[$"Platform_{platform}"];
        if (spec.ShopCode.Length > 0) yield return L["Cond_Shop", spec.ShopCode];
        var basis = L[$"Basis_{spec.AmountBasis}"];
        if (spec.MinAmount is { } min) yield return L["Cond_Min", basis, min];
        if (spec.MaxAmount is { } max) yield return L["Cond_Max", basis, max];
        if (spec.SkuCode.Length > 0) yield return L["Cond_Sku", spec.SkuCode];
        if (spec.Category.Length > 0) yield return L["Cond_Category", spec.Category];
        if (spec.PerUnits is { } per) yield return L["Cond_PerUnits", per];
        if (spec.ValidFrom is { } from) yield return L["Cond_From", Time.Date(from)];
        if (spec.ValidUntil is { } until) yield return L["Cond_Until", Time.Date(until.AddDays(-1))];
        if (spec.MemoKeyword.Length > 0) yield return L["Cond_Memo", spec.MemoKeyword];
        if (spec.Platform is null && spec.ShopCode.Length == 0 && spec.MinAmount is null && spec.MaxAmount is null && spec.SkuCode.Length == 0
            && spec.Category.Length == 0 && spec.PerUnits is null && spec.ValidFrom is null && spec.ValidUntil is null && spec.MemoKeyword.Length == 0)
            yield return L["Cond_Any"];
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
