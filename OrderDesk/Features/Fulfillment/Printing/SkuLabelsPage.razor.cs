using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace OrderDesk.Features.Fulfillment.Printing;

public sealed partial class SkuLabelsPage
{
    private const int LabelsPerSheet = 21;

    private IReadOnlyList<SkuRow> _labels = [];
    private IReadOnlyList<string> _unknown = [];
    private bool _truncated;

    [SupplyParameterFromQuery(Name = "codes")] public string? Codes { get; set; }
    [SupplyParameterFromQuery(Name = "size")] public string? Size { get; set; }
    [SupplyParameterFromQuery(Name = "price")] public bool Price { get; set; }

    [Inject] public required SkuCatalog Catalog { get; init; }
    [Inject] public required IStringLocalizer<PrintText> L { get; init; }

    private LabelPaper Paper => PaperSizes.Label(Size);
    private IReadOnlyList<string> Asked =>
        (Codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    protected override async Task OnParametersSetAsync()
    {
        (_labels, _unknown) = await Catalog.ForLabelsAsync(Asked, CancellationToken.None);
        _truncated = Asked.Count(c => !_unknown.Contains(c)) > _labels.Count;
    }

    private string Href(LabelPaper size, bool price) =>
        $"/skus/labels?codes={Uri.EscapeDataString(Codes ?? "")}&size={size}{(price ? "&price=true" : "")}";
}
