using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Orders;

public sealed partial class OrderDetailPage
{
    private const string ListPath = "/orders";

    private OrderDetailView? _order;
    private bool _loaded;

    [Parameter] public long Id { get; set; }

    /// <summary>The list URL (with its filters) to return to; the list may pass it, or it comes from the referrer.</summary>
    [SupplyParameterFromQuery(Name = "back")] public string? Back { get; set; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }
    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }

    [Inject] public required OrderDetails Details { get; init; }
    [Inject] public required IAuthorizationService Authorization { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<OrderDetailPage> L { get; init; }

    // Persisted from prerendering: the interactive render has no HTTP request, so no referrer of its own.
    [PersistentState] public string? BackHref { get; set; }

    // An unknown id answers 200 with the page's own "not found" state. A raw 404 set by a component is sent
    // without a body in .NET 10 (the framework expects status-code re-execution to render one), and
    // re-executing to the generic /not-found page would lose the way back to the list.
    protected override async Task OnParametersSetAsync()
    {
        BackHref = ListUrl(Back) ?? BackHref ?? ListUrl(Referrer()) ?? ListPath;

        await ReloadAsync();
        _loaded = true;
    }

    private async Task ReloadAsync()
    {
        var user = (await AuthenticationState).User;
        var canSeeFullPhone = (await Authorization.AuthorizeAsync(user, Policies.SeeFullPhone)).Succeeded;
        _order = await Details.LoadAsync(Id, canSeeFullPhone, CancellationToken.None);
    }

    private string? Referrer()
    {
        if (HttpContext?.Request.Headers.Referer.ToString() is not { Length: > 0 } referrer) return null;
        if (!Uri.TryCreate(referrer, UriKind.Absolute, out var uri)) return null;
        return new Uri(Navigation.BaseUri).Authority == uri.Authority ? uri.PathAndQuery : null;
    }

    // Only the list itself is a valid way back; anything else could send the user off-site.
    private static string? ListUrl(string? candidate) =>
        candidate is not null && (candidate == ListPath || candidate.StartsWith(ListPath + "?", StringComparison.Ordinal))
            ? candidate
            : null;
}
