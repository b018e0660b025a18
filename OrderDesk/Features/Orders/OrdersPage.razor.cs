using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Components;
using OrderDesk.Domain.Orders;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Orders;

/// <summary>
/// The orders list. The URL is the source of truth: it is read into an <see cref="OrderSearch"/>, the grid
/// and filter bar change that record, and every load writes the record back (replacing the history
/// entry) so the address bar always holds a link to exactly what is on screen.
/// </summary>
public sealed partial class OrdersPage : IDisposable
{
    private static readonly int[] s_pageSizes = [10, 25, 50, 100];

    [Inject] public required OrderList Orders { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IStringLocalizer<OrdersPage> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }
    [CascadingParameter] public Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private OrderSearch _search = new();
    private IReadOnlyList<SearchProblem> _problems = [];
    private OrderFilterChoices _choices = new([], []);
    private OrderListPage? _result;
    private (int Asked, int Shown)? _pageMoved;
    // A new key makes a new grid, which starts from the search's page, size and sort.
    private int _gridKey;

    protected override async Task OnInitializedAsync()
    {
        ReadUrl(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
        _choices = await Orders.ChoicesAsync(CancellationToken.None);
    }

    private void ReadUrl(string uri)
    {
        _search = SearchIn(uri);
        _problems = _search.Problems;
        _pageMoved = null;
    }

    private static OrderSearch SearchIn(string uri) => OrderSearch.FromQuery(QueryHelpers.ParseQuery(new Uri(uri).Query));

    // Back/forward, a nav link or a pasted link: anything that is not the URL this page just wrote.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (!e.Location.Contains("/orders", StringComparison.OrdinalIgnoreCase)) return;
        if (SearchIn(e.Location).ToQueryString() == _search.ToQueryString()) return;
        _ = InvokeAsync(() =>
        {
            ReadUrl(e.Location);
            _gridKey++;
            StateHasChanged();
        });
    }

    private async Task<GridData<OrderRow>> LoadAsync(GridState<OrderRow> state, CancellationToken ct)
    {
        var asked = _search with
        {
            Page = state.Page + 1,
            PageSize = Math.Clamp(state.PageSize, OrderSearch.MinPageSize, OrderSearch.MaxPageSize),
            Sort = SortOf(state),
        };
        var viewer = (await AuthenticationState).User;
        var result = await Orders.SearchAsync(asked, viewer, ct);
        _result = result;
        _search = asked with { Page = result.Page };
        if (result.Page != asked.Page)
        {
            // Past the last page (a stale link, or a filter that shrank the list): show the last page
            // and rebuild the grid so its pager agrees.
            _pageMoved = (asked.Page, result.Page);
            _ = InvokeAsync(() => { _gridKey++; StateHasChanged(); });
        }
        WriteUrl();
        StateHasChanged(); // the total and the hints live outside the grid
        return new GridData<OrderRow> { Items = result.Rows, TotalItems = result.Total };
    }

    private void WriteUrl()
    {
        var target = "/orders" + _search.ToQueryString();
        if (Navigation.ToBaseRelativePath(Navigation.Uri) == target.TrimStart('/')) return;
        Navigation.NavigateTo(target, new NavigationOptions { ReplaceHistoryEntry = true });
    }

    private void OnSearchChanged(OrderSearch next)
    {
        _search = next with { Page = 1 };
        _problems = [];
        _pageMoved = null;
        _gridKey++;
    }

    private void ClearFilters() => OnSearchChanged(_search.ClearFilters());

    private static OrderSort SortOf(GridState<OrderRow> state) => state.SortDefinitions.FirstOrDefault() switch
    {
        { SortBy: nameof(OrderRow.Paid), Descending: true } => OrderSort.AmountDesc,
        { SortBy: nameof(OrderRow.Paid) } => OrderSort.AmountAsc,
        { SortBy: nameof(OrderRow.CreatedAt), Descending: false } => OrderSort.CreatedAsc,
        _ => OrderSort.CreatedDesc,
    };

    private SortDirection InitialSort(OrderSort descending, OrderSort ascending) =>
        _search.Sort == descending ? SortDirection.Descending
        : _search.Sort == ascending ? SortDirection.Ascending
        : SortDirection.None;

    private IEnumerable<int> PageSizes => s_pageSizes.Append(_search.PageSize).Distinct().Order();

    private string TotalText => _result switch
    {
        null => "",
        { TotalIsCapped: true } => L["TotalCapped", OrderSearch.Horizon.ToString("N0")],
        { Total: var total } => L["Total", total.ToString("N0")],
    };

    // MudBlazor fills the {first_item}-style placeholders itself, so string.Format must not see them.
    private string PagerInfo => _result is { TotalIsCapped: true }
        ? L["PagerInfoCapped"].Value.Replace("{cap}", OrderSearch.Horizon.ToString("N0"))
        : L["PagerInfo"].Value;

    private IEnumerable<string> Hints()
    {
        foreach (var problem in _problems)
        {
            yield return problem.Kind switch
            {
                SearchProblemKind.Clamped => L["Problem_Clamped", problem.Parameter, problem.Given, problem.Used ?? ""],
                SearchProblemKind.DatesSwapped => L["Problem_DatesSwapped", problem.Used ?? ""],
                _ => L["Problem_UnknownValue", problem.Parameter, problem.Given],
            };
        }
        if (_choices.Shops.Count > 0 && _search.ShopId is { } shop && _choices.Shops.All(s => s.Id != shop))
            yield return L["Problem_NoSuchShop", shop];
        if (_choices.Warehouses.Count > 0 && _search.WarehouseId is { } warehouse && _choices.Warehouses.All(w => w.Id != warehouse))
            yield return L["Problem_NoSuchWarehouse", warehouse];
        if (_pageMoved is var (asked, shown))
            yield return L["Problem_PageMoved", asked, shown];
    }

    internal static Color StatusColor(OrderStatus status) => status switch
    {
        OrderStatus.PendingPayment => Color.Warning,
        OrderStatus.Paid => Color.Info,
        OrderStatus.InFulfillment => Color.Primary,
        OrderStatus.Shipped => Color.Secondary,
        OrderStatus.Delivered or OrderStatus.Completed => Color.Success,
        OrderStatus.Refunded => Color.Error,
        _ => Color.Default,
    };

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
