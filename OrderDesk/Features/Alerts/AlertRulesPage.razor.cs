using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace OrderDesk.Features.Alerts;

/// <summary>Every alert rule with its open incidents; new, edit and on/off.</summary>
public sealed partial class AlertRulesPage : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private IReadOnlyList<AlertRuleRow>? _rules;

    [Inject] public required AlertRules Rules { get; init; }
    [Inject] public required AlertWords Words { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IStringLocalizer<AlertsText> L { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _rules = await Rules.ListAsync(_cts.Token);

    private Task NewAsync() => OpenAsync(L["NewRule"], new DialogParameters<AlertRuleDialog>());

    private Task EditAsync(AlertRuleRow rule) =>
        OpenAsync(L["EditRule", rule.Name], new DialogParameters<AlertRuleDialog> { { d => d.RuleId, rule.Id } });

    private async Task OpenAsync(string title, DialogParameters<AlertRuleDialog> parameters)
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<AlertRuleDialog>(title, parameters, options);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["RuleSaved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task SetEnabledAsync(AlertRuleRow rule, bool enabled)
    {
        await Rules.SetEnabledAsync(rule.Id, enabled, _cts.Token);
        Snackbar.Add(enabled ? L["RuleOn", rule.Name] : L["RuleOff", rule.Name], Severity.Info);
        await LoadAsync();
    }

    private string Recipients(AlertRuleRow rule) => string.Join(", ",
        (rule.NotifyShopOwner ? [L["ShopOwner"].Value] : Array.Empty<string>())
        .Concat(rule.RecipientRoles.Select(Words.Role)).Concat(rule.RecipientUsers));

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
