using OrderDesk.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Domain.Notifications;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Notifications;

/// <summary>Everything sent to the signed-in person, newest first, refreshed live when more arrive.</summary>
public sealed partial class NotificationsPage : IDisposable
{
    [Inject] public required NotificationCenter Center { get; init; }
    [Inject] public required NotificationFeed Feed { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IStringLocalizer<NotificationsPage> L { get; init; }
    [CascadingParameter] public Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private NotificationReader? _reader;
    private NotificationQuery _query = new();
    private NotificationPage? _page;
    private int _unread;
    private IDisposable? _subscription;
    private RenderThrottle? _throttle;

    protected override async Task OnInitializedAsync()
    {
        _reader = NotificationReader.Of((await AuthenticationState).User);
        if (_reader is null) return;
        await LoadAsync();
        var reader = _reader;
        _throttle = new RenderThrottle(TimeSpan.FromMilliseconds(500), () => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }));
        _subscription = Feed.Subscribe(change =>
        {
            if (change.Concerns(reader)) _throttle.Poke();
        });
    }

    private string PagerInfo => _page is null || _page.Total == 0
        ? ""
        : L["PagerInfo", (_page.Page - 1) * _page.PageSize + 1, Math.Min(_page.Page * _page.PageSize, _page.Total), _page.Total];

    private async Task LoadAsync()
    {
        if (_reader is null) return;
        _page = await Center.ListAsync(_reader, _query, CancellationToken.None);
        // A page emptied by marking read or by new filters steps back to the last page that has rows.
        if (_page.Rows.Count == 0 && _page.Page > 1)
        {
            _query = _query with { Page = Math.Max(1, (_page.Total + _page.PageSize - 1) / _page.PageSize) };
            _page = await Center.ListAsync(_reader, _query, CancellationToken.None);
        }
        _unread = await Center.UnreadCountAsync(_reader, CancellationToken.None);
    }

    private Task OnUnreadOnlyChanged(bool unreadOnly)
    {
        _query = _query with { UnreadOnly = unreadOnly, Page = 1 };
        return LoadAsync();
    }

    private Task FilterAsync(NotificationSeverity? severity)
    {
        _query = _query with { Severity = severity, Page = 1 };
        return LoadAsync();
    }

    private Task GoToAsync(int page)
    {
        _query = _query with { Page = page };
        return LoadAsync();
    }

    private async Task MarkReadAsync(long id)
    {
        if (_reader is null) return;
        await Center.MarkReadAsync(_reader, id, CancellationToken.None);
        await LoadAsync();
    }

    private async Task MarkAllReadAsync()
    {
        if (_reader is null) return;
        var marked = await Center.MarkAllReadAsync(_reader, CancellationToken.None);
        await LoadAsync();
        Snackbar.Add(L["MarkedAll", marked], Severity.Success);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _throttle?.Dispose();
    }
}
