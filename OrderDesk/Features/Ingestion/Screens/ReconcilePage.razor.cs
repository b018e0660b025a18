using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Features.Ingestion.Pulls;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>Runs a reconciliation for one shop and window, times typed in the business time zone.</summary>
public sealed partial class ReconcilePage : IDisposable
{
    public const string Route = "/ingestion/reconcile";
    /// <summary>The JSON API (owned by the pull scheduler) that answers the same question.</summary>
    public const string ApiRoute = "/api/sync/reconcile";
    private const string InputFormat = "yyyy-MM-ddTHH:mm";

    private readonly CancellationTokenSource _cts = new();
    private IReadOnlyList<SyncShop> _shops = [];
    private long? _shopId;
    private string? _from;
    private string? _to;
    private bool _shopMissing;
    private bool _checked;
    private bool _running;
    private bool _unavailable;
    private string? _failure;
    private ReconciliationResult? _result;

    [Inject] public required SyncBoard Board { get; init; }
    [Inject] public required ISyncActions Actions { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<ScreensText> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _shops = await Board.ShopsAsync(_cts.Token);
        var shop = QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query).GetValueOrDefault("shop").ToString();
        if (long.TryParse(shop, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _shops.Any(s => s.Id == id)) _shopId = id;
        LastTwoHours();
    }

    private void LastTwoHours()
    {
        var now = Time.Local(Clock.GetUtcNow());
        _to = now.ToString(InputFormat, CultureInfo.InvariantCulture);
        _from = now.Subtract(ReconcileWindow.Default).ToString(InputFormat, CultureInfo.InvariantCulture);
        _checked = false;
    }

    private DateTimeOffset? Parse(string? text)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Time.Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    private WindowProblem Problem => ReconcileWindow.Check(Parse(_from), Parse(_to), Clock.GetUtcNow());

    private string? FromError => _checked && Parse(_from) is null ? L["Window_Missing"].Value : null;

    private string? ToError => !_checked || Parse(_from) is null ? null : Problem switch
    {
        WindowProblem.None => null,
        WindowProblem.TooLong => L["Window_TooLong", (int)ReconcileWindow.Longest.TotalDays].Value,
        var problem => L[$"Window_{problem}"].Value,
    };

    private async Task RunAsync()
    {
        _checked = true;
        _shopMissing = _shopId is null;
        if (_shopMissing || Problem != WindowProblem.None) return;
        _running = true;
        _unavailable = false;
        _failure = null;
        _result = null;
        try
        {
            _result = await Actions.ReconcileAsync(_shopId!.Value, Parse(_from)!.Value, Parse(_to)!.Value, _cts.Token);
        }
        catch (SyncActionUnavailableException)
        {
            _unavailable = true;
        }
        catch (Exception e) when (e is Platforms.PlatformException or HttpRequestException or TimeoutException)
        {
            // The platform could not be asked; the operator can try again. Anything else is a bug for the error boundary.
            _failure = e.Message;
        }
        finally
        {
            _running = false;
        }
    }

    private string ShopName(long? id) => _shops.FirstOrDefault(s => s.Id == id)?.Name ?? "";

    public static string ApiHref(ReconciliationResult result) => QueryHelpers.AddQueryString(ApiRoute, new Dictionary<string, string?>
    {
        ["shop"] = result.ShopCode,
        ["from"] = result.From.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["to"] = result.To.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
    });

    public void Dispose() => _cts.Cancel();
}
