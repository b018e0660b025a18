using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Components;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>
/// The quarantine list. As on the orders screen the URL is the source of truth: it is read into a
/// <see cref="QuarantineSearch"/>, filters and the pager change it, and every load writes it back.
/// </summary>
public sealed partial class QuarantinePage : IDisposable
{
    public const string Route = "/ingestion/quarantine";
    private static readonly int[] s_pageSizes = [10, 25, 50, 100];

    [Inject] public required QuarantineList Quarantine { get; init; }
    [Inject] public required SyncBoard Board { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IStringLocalizer<ScreensText> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }

    private QuarantineSearch _search = new();
    private QuarantineResult? _result;
    private IReadOnlyList<SyncShop> _shops = [];
    // A new key makes a new grid, which starts from the search's page and size.
    private int _gridKey;

    protected override async Task OnInitializedAsync()
    {
        _search = SearchIn(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
        _shops = await Board.ShopsAsync(CancellationToken.None);
    }

    private static QuarantineSearch SearchIn(string uri) => QuarantineSearch.FromQuery(QueryHelpers.ParseQuery(new Uri(uri).Query));

    // Back/forward or a pasted link: anything that is not the URL this page just wrote.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (!new Uri(e.Location).AbsolutePath.Equals(Route, StringComparison.OrdinalIgnoreCase)) return;
        var search = SearchIn(e.Location);
        if (search.ToQueryString() == _search.ToQueryString()) return;
        _ = InvokeAsync(() =>
        {
            _search = search;
            _gridKey++;
            StateHasChanged();
        });
    }

    private async Task<GridData<QuarantineRow>> LoadAsync(GridState<QuarantineRow> state, CancellationToken ct)
    {
        var asked = _search with { Page = state.Page + 1, PageSize = Math.Clamp(state.PageSize, 1, QuarantineSearch.MaxPageSize) };
        var result = await Quarantine.SearchAsync(asked, ct);
        _result = result;
        _search = asked with { Page = result.Page };
        if (result.Page != asked.Page) _ = InvokeAsync(() => { _gridKey++; StateHasChanged(); });
        var target = Route + _search.ToQueryString();
        if (Navigation.ToBaseRelativePath(Navigation.Uri) != target.TrimStart('/'))
            Navigation.NavigateTo(target, new NavigationOptions { ReplaceHistoryEntry = true });
        StateHasChanged(); // the counts live outside the grid
        return new GridData<QuarantineRow> { Items = result.Rows, TotalItems = result.Total };
    }

    private void Change(QuarantineSearch next)
    {
        if (next == _search) return;
        _search = next with { Page = 1 };
        _gridKey++;
    }

    private void SetShop(long? shopId) => Change(_search with { ShopId = shopId });

    // A shop of another platform would silently empty the list: drop it.
    private void SetPlatform(Platform? platform) => Change(_search with
    {
        Platform = platform,
        ShopId = _shops.Any(s => s.Id == _search.ShopId && (platform is null || s.Platform == platform)) ? _search.ShopId : null,
    });

    private void SetReason(string? text) => Change(_search with { Reason = QuarantineSearch.NormalizeText(text) });

    private void ClearFilters() => Change(_search.ClearFilters());

    private void Open(DataGridRowClickEventArgs<QuarantineRow> row) => Navigation.NavigateTo(DetailHref(row.Item.Id));

    private static string DetailHref(long id) => $"{Route}/{id}";

    private string ShopName(long? id) => _shops.FirstOrDefault(s => s.Id == id)?.Name ?? (id is { } v ? $"#{v}" : "");

    private string PlatformName(Platform? platform) => platform is { } p ? Shared[$"Platform_{p}"] : "";

    private string SourceName(MessageSource source) => L[$"Source_{source}"];

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
