using Microsoft.AspNetCore.Components;
using MudBlazor;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Admin;

public sealed partial class ShopDialog : IDisposable
{
    // MudSelect cannot tell a null value from "nothing chosen"; an empty id stands for "no owner".
    private const string NoOwner = "";

    private readonly CancellationTokenSource _cts = new();
    private ShopForm? _form;
    private ShopChoices? _choices;
    private IReadOnlyDictionary<string, ShopProblem> _problems = new Dictionary<string, ShopProblem>();
    private string? _ruleMessage;
    private bool _saving;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; init; }

    /// <summary>The shop to edit; none for a new shop.</summary>
    [Parameter] public long? ShopId { get; set; }

    [Parameter] public string CredentialsHint { get; set; } = "";

    private bool IsEdit => ShopId is not null;

    protected override async Task OnInitializedAsync()
    {
        _choices = await Shops.ChoicesAsync(_cts.Token);
        _form = ShopId is { } id
            ? await Shops.EditFormAsync(id, _cts.Token)
            : new ShopForm { DefaultWarehouseId = _choices.Warehouses.FirstOrDefault()?.Id ?? 0 };
    }

    private void PlatformChanged(Platform platform)
    {
        _form!.Platform = platform;
        if (platform != Platform.Taobao) _form.IsTmall = false;
    }

    private async Task SaveAsync()
    {
        if (_form is null) return;
        _saving = true;
        _ruleMessage = null;
        try
        {
            var result = ShopId is { } id
                ? await Shops.UpdateAsync(id, _form, _cts.Token)
                : await Shops.CreateAsync(_form, _cts.Token);
            _problems = result.Problems;
            if (result.Saved) Dialog.Close(DialogResult.Ok(result.ShopId));
        }
        catch (DomainRuleException refused)
        {
            _ruleMessage = refused.Message;
        }
        finally
        {
            _saving = false;
        }
    }

    private bool Has(string field) => _problems.ContainsKey(field);

    private string? ErrorOf(string field) => _problems.TryGetValue(field, out var problem)
        ? L[$"Problem_{problem}", Text[$"Platform_{_form?.Platform}"].Value].Value
        : null;

    private string WarehouseLabel(long id) => _choices?.Warehouses.FirstOrDefault(w => w.Id == id)?.Label ?? "";

    private string OwnerLabel(string? id) => string.IsNullOrEmpty(id)
        ? L["NoOwner"]
        : _choices?.Users.FirstOrDefault(u => u.Id == id)?.Label ?? id;

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
