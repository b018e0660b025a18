using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Printing;

public sealed partial class PackingSlipPage
{
    private PackingSlip? _slip;

    [Parameter] public long OrderId { get; set; }
    [SupplyParameterFromQuery(Name = "size")] public string? Size { get; set; }

    [Inject] public required PackingSlips Slips { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeDisplay Time { get; init; }
    [Inject] public required IStringLocalizer<PrintText> L { get; init; }
    [Inject] public required IStringLocalizer<SharedText> Shared { get; init; }

    private SlipPaper Paper => PaperSizes.Slip(Size);
    // Thermal printers at 203 dpi put 8 dots in a millimetre: 0.375 mm is exactly three dots a module.
    private double ModuleMm => Paper == SlipPaper.A6 ? 0.375 : 0.5;
    private int BarHeight => Paper == SlipPaper.A6 ? 30 : 36;
    private double QrMm => Paper == SlipPaper.A6 ? 17 : 26;
    private string OrderLink => Navigation.ToAbsoluteUri($"/orders/{OrderId}").ToString();

    private string Address
    {
        get
        {
            var r = _slip!.Receiver;
            var place = $"{r.Province}{(r.City == r.Province ? "" : r.City)}{r.District}{r.Detail}";
            return r.PostalCode.Length > 0 ? $"{place} {r.PostalCode}" : place;
        }
    }

    // An unknown id answers 200 with the page's own "not found" state, as the order page does: a raw 404 set
    // by a component is sent without a body in .NET 10.
    protected override async Task OnParametersSetAsync() => _slip = await Slips.LoadAsync(OrderId, CancellationToken.None);

    private string WeightText(int grams) => grams >= 1000
        ? (grams / 1000m).ToString("0.00", CultureInfo.CurrentCulture) + " kg"
        : L["Grams", grams];
}
