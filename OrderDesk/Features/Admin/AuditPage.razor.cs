using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Components;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Admin;

public sealed partial class AuditPage
{
    // MudSelect shows nothing for a null value; an empty string stands for "all types".
    private const string AllTypes = "";
    private static readonly int[] s_pageSizes = [25, 50, 100];

    private MudDataGrid<AuditRow>? _grid;
    private string _entityType = AllTypes;
    private string? _entityId;
    private string? _user;
    private DateRange? _range;

    [Inject] public required AuditTrail Trail { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IStringLocalizer<AuditPage> L { get; init; }

    private bool Filtered => _entityType != AllTypes || !string.IsNullOrWhiteSpace(_entityId) || !string.IsNullOrWhiteSpace(_user)
        || _range?.Start is not null || _range?.End is not null;

    private async Task<GridData<AuditRow>> LoadAsync(GridState<AuditRow> state, CancellationToken ct)
    {
        var query = new AuditQuery(_entityType, _entityId, _user, Day(_range?.Start), Day(_range?.End));
        var result = await Trail.SearchAsync(query, state.Page, state.PageSize, ct);
        return new GridData<AuditRow> { Items = result.Rows, TotalItems = result.Total };
    }

    private string When(DateTimeOffset at) => Time.Local(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static DateOnly? Day(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    private Task EntityTypeChanged(string type) => Reload(() => _entityType = type ?? AllTypes);

    private Task EntityIdChanged(string? id) => Reload(() => _entityId = id);

    private Task UserChanged(string? user) => Reload(() => _user = user);

    private Task RangeChanged(DateRange? range) => Reload(() => _range = range);

    private Task ClearAsync() => Reload(() =>
    {
        _entityType = AllTypes;
        _entityId = null;
        _user = null;
        _range = null;
    });

    private async Task Reload(Action change)
    {
        change();
        if (_grid is null) return;
        // New filters start again on the first page; page 4 of the old result may not exist in the new one.
        _grid.NavigateTo(MudBlazor.Page.First);
        await _grid.ReloadServerData();
    }

    private string EntityTypeLabel(string? type) => string.IsNullOrEmpty(type) ? L["AllTypes"] : EntityName(type);

    // Entity types added by other features later still show, under their code name, until someone translates them.
    private string EntityName(string type) => L[$"Entity_{type}"] is { ResourceNotFound: false } name ? name.Value : type;

    private string ActionName(string action) => L[$"Action_{action}"] is { ResourceNotFound: false } name ? name.Value : action;

    private static Color ActionColor(string action) => action switch
    {
        "Added" => Color.Success,
        "Deleted" => Color.Error,
        _ => Color.Info,
    };
}
