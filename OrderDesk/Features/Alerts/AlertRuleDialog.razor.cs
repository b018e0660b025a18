using Microsoft.AspNetCore.Components;
using MudBlazor;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Alerts;

/// <summary>Creates or edits one rule; a refused field keeps the dialog open with the reason under that field.</summary>
public sealed partial class AlertRuleDialog : IDisposable
{
    // MudSelect cannot tell a null value from "nothing chosen"; an empty code stands for "every shop".
    private const string EveryShop = "";

    private readonly CancellationTokenSource _cts = new();
    private AlertRuleForm? _form;
    private AlertRuleChoices? _choices;
    private IReadOnlyList<FieldProblem> _problems = [];
    private bool _saving;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; init; }

    /// <summary>The rule to edit; none for a new rule.</summary>
    [Parameter] public long? RuleId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _choices = await Rules.ChoicesAsync(_cts.Token);
        _form = RuleId is { } id ? await Rules.EditFormAsync(id, _cts.Token) : new AlertRuleForm();
    }

    private void ScopeChanged(AlertScope scope)
    {
        if (_form is null || _form.Scope == scope) return;
        _form.Scope = scope;
        _form.ScopeValue = scope == AlertScope.Platform ? nameof(Platform.Taobao) : EveryShop;
    }

    private async Task SaveAsync()
    {
        if (_form is null) return;
        _saving = true;
        try
        {
            var result = await Rules.SaveAsync(RuleId, _form, _cts.Token);
            _problems = result.Problems;
            if (result.Saved) Dialog.Close(DialogResult.Ok(result.RuleId));
        }
        finally
        {
            _saving = false;
        }
    }

    private bool Has(string field) => _problems.Any(p => p.Field == field);

    /// <summary>The reason in the reader's language; a refusal without a translation falls back to the rule's own words.</summary>
    private string? ErrorOf(string field)
    {
        if (_problems.FirstOrDefault(p => p.Field == field) is not { } problem) return null;
        var text = L[$"Problem_{problem.Code}", _form?.Threshold ?? "", _form?.ScopeValue ?? ""];
        return text.ResourceNotFound ? problem.Message : text.Value;
    }

    private string ShopLabel(string? code) => string.IsNullOrEmpty(code)
        ? L["EveryShop"]
        : _choices?.Shops.FirstOrDefault(s => s.Code == code) is { } shop ? $"{shop.Name} · {shop.Code}" : code;

    private string MetricHelp => _form is null ? "" : L[$"MetricHelp_{_form.Metric}"];

    private string ThresholdHelp => _form?.Metric == AlertMetric.FailureRate ? L["ThresholdRateHelp"] : "";

    private string ComparisonName(AlertComparison comparison) => L[$"Comparison_{comparison}"];

    private string ScopeKindName(AlertScope scope) => L[$"ScopeKind_{scope}"];

    private string PlatformName(string? platform) => string.IsNullOrEmpty(platform) ? "" : Text[$"Platform_{platform}"];

    private string UserLabel(string? id) => _choices?.Users.FirstOrDefault(u => u.Id == id)?.Label ?? id ?? "";

    private string RolesText(IReadOnlyList<string> _) => string.Join(", ", _form?.RecipientRoles.Select(Words.Role) ?? []);

    private string UsersText(IReadOnlyList<string> _) => string.Join(", ", _form?.RecipientUserIds.Select(UserLabel) ?? []);

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
