using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>One inbox message: its metadata, its payload with the schema errors marked, and the quarantine actions.</summary>
public sealed partial class QuarantineMessagePage : IDisposable
{
    private enum Mode { View, Edit, Discard }

    private readonly CancellationTokenSource _cts = new();
    private bool _loaded;
    private bool _busy;
    private Mode _mode;
    private QuarantinedMessage? _message;
    private PayloadVerdict _verdict = new(null, false, []);
    private PrettyPayload? _pretty;
    private string _editText = "";
    private string? _editNote;
    private PayloadVerdict? _editVerdict;
    private string? _discardReason;
    private bool _discardMissing;

    [Parameter] public long Id { get; set; }

    [Inject] public required QuarantineDesk Desk { get; init; }
    [Inject] public required PayloadCheck Check { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IStringLocalizer<ScreensText> L { get; init; }

    private PayloadVerdict ShownVerdict => _mode == Mode.Edit && _editVerdict is not null ? _editVerdict : _verdict;

    private bool EditHasProblems => _editVerdict is { IsJson: true, Errors.Count: > 0 };

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _message = await Desk.LoadAsync(Id, _cts.Token);
        if (_message is not null)
        {
            _verdict = Check.Check(_message.Platform, _message.Payload);
            _pretty = PrettyPayload.Of(_message.Payload, _verdict.Errors);
        }
        _mode = Mode.View;
        _loaded = true;
    }

    private async Task ReplayAsIsAsync() => await ActAsync(async () =>
    {
        var result = await Desk.ReplayAsync(Id, editedPayload: null, note: null, _cts.Token);
        Snackbar.Add(L["Replayed", result.ReplayId!], Severity.Success);
        return true;
    });

    private void StartEdit()
    {
        _editText = PrettyPayload.Format(_message!.Payload);
        _editVerdict = Check.Check(_message.Platform, _editText);
        _editNote = null;
        _mode = Mode.Edit;
    }

    // Re-validated whenever the editor commits its text (on leaving it): a debounced value could still be in flight
    // when Replay is clicked, and the replay would carry the text from before the last keystrokes.
    private void EditChanged(string? text)
    {
        _editText = text ?? "";
        _editVerdict = Check.Check(_message!.Platform, _editText);
    }

    private async Task ReplayEditedAsync()
    {
        _editVerdict = Check.Check(_message!.Platform, _editText);
        if (!_editVerdict.IsJson) return; // the error is shown under the editor; nothing is replayed
        await ActAsync(async () =>
        {
            var result = await Desk.ReplayAsync(Id, _editText, _editNote, _cts.Token);
            if (result.NotJson is { } syntax)
            {
                _editVerdict = _editVerdict with { Syntax = syntax };
                return false;
            }
            Snackbar.Add(L["Replayed", result.ReplayId!], Severity.Success);
            return true;
        });
    }

    private void StartDiscard()
    {
        _discardReason = null;
        _discardMissing = false;
        _mode = Mode.Discard;
    }

    private async Task DiscardAsync()
    {
        _discardMissing = string.IsNullOrWhiteSpace(_discardReason);
        if (_discardMissing) return;
        await ActAsync(async () =>
        {
            await Desk.DiscardAsync(Id, _discardReason!, _cts.Token);
            Snackbar.Add(L["Discarded", Id], Severity.Info);
            return true;
        });
    }

    private void Cancel() => _mode = Mode.View;

    /// <summary>Runs one action; on success reloads, so the page shows the message's new state.</summary>
    private async Task ActAsync(Func<Task<bool>> action)
    {
        _busy = true;
        try
        {
            if (await action()) await LoadAsync();
        }
        catch (DomainRuleException refused)
        {
            // Usually someone else resolved it meanwhile: say so and show what it is now.
            Snackbar.Add(L["Refused", refused.Message], Severity.Warning);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private string SyntaxText(JsonSyntaxError? syntax) => syntax is null ? "" : L["NotJson", syntax.Line, syntax.Column];

    private static Color StateColor(MessageState state) => state switch
    {
        MessageState.Quarantined => Color.Error,
        MessageState.Replayed => Color.Info,
        MessageState.Processed => Color.Success,
        MessageState.Pending => Color.Warning,
        _ => Color.Default,
    };

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
