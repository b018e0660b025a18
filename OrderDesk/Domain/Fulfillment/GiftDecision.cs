namespace OrderDesk.Domain.Fulfillment;

/// <summary>Why a rule gave no gift: the first condition that failed.</summary>
public enum GiftMiss
{
    None,
    Platform,
    Shop,
    BeforeValidFrom,
    NotBeforeValidUntil,
    AmountBelowMin,
    AmountNotBelowMax,
    MemoKeyword,
    NoQualifyingUnits,
    TooFewUnits,
    /// <summary>An earlier rule that gave a gift stops further rules.</summary>
    StoppedByEarlierRule,
}

/// <summary>One enabled rule's verdict on one order, in the order the rules ran.</summary>
/// <param name="QualifyingUnits">Units of the non-gift lines the rule's SKU/category condition accepts.</param>
/// <param name="Quantity">Gift units given (0 when <see cref="Applies"/> is false).</param>
/// <param name="StoppedBy">The rule that stopped this one (for <see cref="GiftMiss.StoppedByEarlierRule"/>).</param>
public sealed record GiftDecision(
    long RuleId,
    string RuleName,
    GiftMiss Miss,
    int QualifyingUnits,
    string GiftSkuCode,
    int Quantity,
    string? StoppedBy = null)
{
    public bool Applies => Miss == GiftMiss.None;

    /// <summary>A short English explanation for logs and tests; screens localize from the fields.</summary>
    public string Why => Miss switch
    {
        GiftMiss.None => $"{RuleName}: {QualifyingUnits} qualifying unit(s) give {Quantity} × {GiftSkuCode}",
        GiftMiss.StoppedByEarlierRule => $"{RuleName}: not evaluated, {StoppedBy} stops further rules",
        _ => $"{RuleName}: no gift ({Miss})",
    };
}
