using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Components;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Gifts;

public sealed partial class GiftRuleDialog : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private GiftRuleForm? _form;
    private GiftRuleChoices? _choices;
    private IReadOnlyList<FieldProblem> _problems = [];
    private GiftSkuChoice? _gift;
    private bool _saving;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; init; }
    [Inject] public required GiftRuleService Rules { get; init; }
    [Inject] public required IStringLocalizer<GiftRulesPage> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Text { get; init; }

    /// <summary>The rule to edit; none for a new rule.</summary>
    [Parameter] public long? RuleId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _choices = await Rules.ChoicesAsync(_cts.Token);
        _form = RuleId is { } id ? await Rules.EditFormAsync(id, _cts.Token) : new GiftRuleForm();
        await LookUpGiftAsync();
    }

    private string GiftSkuHelp => _gift is null ? L["GiftSkuHelp"] : _gift.Label;

    private async Task LookUpGiftAsync()
    {
        var code = _form?.GiftSkuCode.Trim() ?? "";
        _gift = code.Length == 0 ? null : (await Rules.FindSkusAsync(code, _cts.Token)).FirstOrDefault(s => s.Code == code);
    }

    private async Task SaveAsync()
    {
        if (_form is null) return;
        _saving = true;
        try
        {
            var result = RuleId is { } id ? await Rules.UpdateAsync(id, _form, _cts.Token) : await Rules.CreateAsync(_form, _cts.Token);
            _problems = result.Problems;
            if (result.Saved) Dialog.Close(DialogResult.Ok(result.RuleId));
        }
        finally
        {
            _saving = false;
        }
    }

    private bool Has(string field) => _problems.Any(p => p.Field == field);

    private string? ErrorOf(string field) => _problems.FirstOrDefault(p => p.Field == field) is { } problem ? L[$"Problem_{problem.Code}"].Value : null;

    private string PlatformLabel(Platform? platform) => platform is { } p ? Text[$"Platform_{p}"] : L["Any"];

    private string ShopLabel(string? code) => string.IsNullOrEmpty(code)
        ? L["Any"]
        : _choices?.Shops.FirstOrDefault(s => s.Code == code) is { } shop ? $"{shop.Code} · {shop.Name}" : code;

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
