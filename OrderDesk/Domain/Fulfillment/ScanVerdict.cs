namespace OrderDesk.Domain.Fulfillment;

/// <summary>What the station answered to one scan or step. Only the Accepted-like verdicts let work go on.</summary>
public enum ScanVerdict
{
    Accepted,
    StageCompleted,
    UnknownBarcode,
    /// <summary>A SKU the order does not contain.</summary>
    WrongSku,
    /// <summary>Another colour or size of a product the order does contain: the classic wrong-SKU mistake.</summary>
    SiblingVariant,
    /// <summary>Every unit of this SKU is already verified at this stage.</summary>
    TooMany,
    /// <summary>An item or slip that belongs to another order of the wave.</summary>
    OtherOrder,
    OrderOnHold,
    OrderCancelled,
    /// <summary>The order is at another stage than this station works.</summary>
    WrongStage,
    /// <summary>A completion was asked for while lines are still unverified.</summary>
    Incomplete,
    WeightAccepted,
    WeightOutOfTolerance,
    CarrierConfirmed,
    CarrierChanged,
    /// <summary>A supervisor verified something by hand, with a reason.</summary>
    Override,
    SentBackToCheck,
    /// <summary>Another station holds the order.</summary>
    HeldElsewhere,
    /// <summary>What was typed is not a barcode or weight at all; nothing was recorded.</summary>
    InvalidInput,
    /// <summary>The order left the flow: a hold, cancellation or refund arrived, or a supervisor took it out.</summary>
    Withdrawn,
}

public static class ScanVerdicts
{
    public static bool IsBlocked(this ScanVerdict verdict) => verdict is ScanVerdict.UnknownBarcode or ScanVerdict.WrongSku
        or ScanVerdict.SiblingVariant or ScanVerdict.TooMany or ScanVerdict.OtherOrder or ScanVerdict.OrderOnHold
        or ScanVerdict.OrderCancelled or ScanVerdict.WrongStage or ScanVerdict.Incomplete or ScanVerdict.WeightOutOfTolerance
        or ScanVerdict.HeldElsewhere or ScanVerdict.InvalidInput or ScanVerdict.Withdrawn;
}
