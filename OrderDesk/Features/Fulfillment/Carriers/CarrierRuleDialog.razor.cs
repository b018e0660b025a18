using Microsoft.AspNetCore.Components;
using MudBlazor;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Carriers;

public sealed partial class CarrierRuleDialog : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private CarrierRuleForm? _form;
    private IReadOnlyList<FieldProblem> _problems = [];
    private bool _saving;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; init; }

    /// <summary>The rule to edit; none for a new rule.</summary>
    [Parameter] public long? RuleId { get; set; }

    [Parameter] public IReadOnlyList<Carrier> Carriers { get; set; } = [];

    protected override async Task OnInitializedAsync()
    {
        var spec = RuleId is { } id ? await Admin.SpecAsync(id, _cts.Token) : null;
        var first = Carriers.FirstOrDefault(c => c.IsDefault) ?? Carriers.FirstOrDefault();
        _form = spec is null
            ? new CarrierRuleForm { CarrierCode = first?.Code ?? "", Service = first?.DefaultService ?? "" }
            : CarrierRuleForm.From(spec);
    }

    private void CarrierChanged(string code)
    {
        _form!.CarrierCode = code;
        var carrier = Carriers.FirstOrDefault(c => c.Code == code);
        if (carrier is not null && !carrier.Offers(_form.Service)) _form.Service = carrier.DefaultService;
    }

    private async Task SaveAsync()
    {
        if (_form is null) return;
        _saving = true;
        try
        {
            var result = await Admin.SaveAsync(RuleId, _form.ToSpec(), _cts.Token);
            _problems = result.Problems;
            if (result.Saved) Dialog.Close(DialogResult.Ok(result.RuleId));
        }
        finally
        {
            _saving = false;
        }
    }

    private bool Has(string field) => _problems.Any(p => p.Field == field);

    private string? ErrorOf(string field)
    {
        var messages = _problems.Where(p => p.Field == field).Select(p => L[$"Problem_{p.Code}", p.Argument].Value).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private string CarrierLabel(string? code)
    {
        var carrier = Carriers.FirstOrDefault(c => c.Code == code);
        if (carrier is null) return code ?? "";
        var name = $"{carrier.DisplayName(CarrierText.Chinese)} ({carrier.Code})";
        return carrier.Enabled ? name : $"{name} · {L["Disabled"]}";
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
