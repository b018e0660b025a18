using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using OrderDesk.Domain.Alerts;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Alerts;

/// <summary>Incidents newest first; the filters live in the URL, so the rules page can link to "this rule's incidents".</summary>
public sealed partial class IncidentsPage
{
    public const string Route = "/alerts/incidents";

    private IReadOnlyList<(long Id, string Name)> _ruleChoices = [];
    private IncidentList? _page;

    [Inject] public required IncidentLog Log { get; init; }
    [Inject] public required AlertWords Words { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<AlertsText> L { get; init; }

    // Query parameters bind only simple types: the state comes as text and an unknown one means "any".
    [SupplyParameterFromQuery(Name = "state")] public string? StateText { get; set; }
    [SupplyParameterFromQuery(Name = "rule")] public long? Rule { get; set; }
    [SupplyParameterFromQuery(Name = "shop")] public string? Shop { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public int? PageNumber { get; set; }

    private IncidentState? State =>
        Enum.TryParse<IncidentState>(StateText, ignoreCase: true, out var state) && Enum.IsDefined(state) && !int.TryParse(StateText, out _) ? state : null;

    private IncidentQuery Query => new(State, Rule, Shop?.Trim() ?? "", Math.Max(1, PageNumber ?? 1));

    public static string Href(IncidentQuery query)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (query.State is { } state) pairs.Add(new("state", state.ToString()));
        if (query.RuleId is { } rule) pairs.Add(new("rule", rule.ToString(CultureInfo.InvariantCulture)));
        if (query.Shop.Length > 0) pairs.Add(new("shop", query.Shop));
        if (query.Page > 1) pairs.Add(new("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        return Route + QueryString.Create(pairs);
    }

    protected override async Task OnInitializedAsync() => _ruleChoices = await Log.RulesAsync(CancellationToken.None);

    protected override async Task OnParametersSetAsync() => _page = await Log.ListAsync(Query, CancellationToken.None);

    private void Filter(IncidentQuery query)
    {
        // A new filter starts at the first page; only the pager moves pages.
        if (query.Page == Query.Page) query = query with { Page = 1 };
        Navigation.NavigateTo(Href(query));
    }

    private string RuleName(long id) => id == 0 ? L["AllRules"] : _ruleChoices.FirstOrDefault(r => r.Id == id).Name ?? $"#{id}";

    private string ScopeLabel(string scopeKey) => scopeKey == Incident.AllScope ? L["Scope_All"] : scopeKey;
}
