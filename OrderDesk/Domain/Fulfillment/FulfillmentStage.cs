namespace OrderDesk.Domain.Fulfillment;

/// <summary>Where an order released into a wave stands. The four signed stages run in this order.</summary>
public enum FulfillmentStage
{
    Pick,
    Check,
    Pack,
    Weigh,
    Shipped,
    /// <summary>Left the wave: a hold, a cancellation or a refund arrived, or a supervisor took it out.</summary>
    Withdrawn,
}

public static class FulfillmentStages
{
    public static readonly IReadOnlyList<FulfillmentStage> Signed =
        [FulfillmentStage.Pick, FulfillmentStage.Check, FulfillmentStage.Pack, FulfillmentStage.Weigh];

    public static bool IsSigned(this FulfillmentStage stage) => stage is >= FulfillmentStage.Pick and <= FulfillmentStage.Weigh;

    /// <summary>Pick and check verify every unit by its barcode; pack and weigh work on the whole parcel.</summary>
    public static bool CountsUnits(this FulfillmentStage stage) => stage is FulfillmentStage.Pick or FulfillmentStage.Check;
}
