using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Alerts;

/// <summary>One incident: its rule and shop, the whole timeline, links to where the trouble is, and acknowledging it.</summary>
public sealed partial class IncidentPage
{
    private IncidentDetail? _incident;
    private bool _loaded;
    private bool _canAcknowledge;
    private bool _busy;
    private string _comment = "";
    private string? _error;

    [Parameter] public long Id { get; set; }

    [Inject] public required IncidentLog Log { get; init; }
    [Inject] public required AlertEvaluator Evaluator { get; init; }
    [Inject] public required AlertWords Words { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IAuthorizationService Authorization { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IStringLocalizer<AlertsText> L { get; init; }
    [CascadingParameter] public Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    public static string Href(long id) => $"{IncidentsPage.Route}/{id}";

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canAcknowledge = (await Authorization.AuthorizeAsync(user, Policies.SyncOperators)).Succeeded;
        _incident = await Log.LoadAsync(Id, CancellationToken.None);
        _loaded = true;
    }

    private async Task AcknowledgeAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            await Evaluator.AcknowledgeAsync(Id, (await AuthenticationState).User.UserId(), _comment, CancellationToken.None);
            _comment = "";
            Snackbar.Add(L["Acknowledged"], Severity.Success);
        }
        catch (DomainRuleException refused)
        {
            _error = refused.Message;
        }
        finally
        {
            _incident = await Log.LoadAsync(Id, CancellationToken.None);
            // Someone else acknowledged it, or it resolved, while this page was open: say which, in the reader's language.
            if (_error is not null)
            {
                _error = _incident switch
                {
                    { State: IncidentState.Resolved } => L["AlreadyResolved"],
                    { State: IncidentState.Acknowledged } => L["AlreadyAcknowledged", _incident.AcknowledgedBy ?? ""],
                    _ => _error,
                };
            }
            _busy = false;
        }
    }

    private static Color EventColor(IncidentEventKind kind) => kind switch
    {
        IncidentEventKind.Opened => Color.Error,
        IncidentEventKind.Acknowledged => Color.Warning,
        IncidentEventKind.Resolved => Color.Success,
        IncidentEventKind.NotificationSent or IncidentEventKind.ChannelDelivered => Color.Info,
        _ => Color.Default,
    };

    private string EventText(IncidentDetail incident, IncidentEventView e) => e.Kind switch
    {
        IncidentEventKind.Opened or IncidentEventKind.Updated when e.Value is { } v => L["Event_Value", AlertWords.Value(incident.Metric, v)],
        IncidentEventKind.Resolved when e.Value is { } v => L["Event_ResolvedAt", AlertWords.Value(incident.Metric, v)],
        IncidentEventKind.Resolved => L["Event_ResolvedRule"],
        IncidentEventKind.Acknowledged => e.Note.Length > 0 ? $"{e.UserName}: {e.Note}" : e.UserName ?? "",
        IncidentEventKind.NotificationSent => incident.Notified.Count == 0
            ? L["Event_NobodyNotified"]
            : L["Event_Notified", incident.Notified.Count, string.Join(", ", incident.Notified)],
        IncidentEventKind.ChannelDelivered => e.Note,
        _ => "",
    };
}
