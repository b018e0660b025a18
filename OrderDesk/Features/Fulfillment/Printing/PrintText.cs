namespace OrderDesk.Features.Fulfillment.Printing;

/// <summary>Anchor for the packing slip, SKU list and label strings (PrintText.resx).</summary>
public sealed class PrintText;
