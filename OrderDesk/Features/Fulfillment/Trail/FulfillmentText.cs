namespace OrderDesk.Features.Fulfillment.Trail;

/// <summary>Anchor for the strings of the fulfilment trail, the error report and the shipping-errors page (FulfillmentText.resx).</summary>
public sealed class FulfillmentText;
