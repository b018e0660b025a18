namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// The recommended carrier and service for one parcel, with the rule that decided (<see cref="RuleId"/> null: no rule
/// matched and the default carrier applies) and the <see cref="Trace"/>: every rule tried, in order, ending with the winner.
/// </summary>
public sealed record CarrierAdvice(
    string CarrierCode,
    string CarrierName,
    string CarrierNameZh,
    string Service,
    long? RuleId,
    string? RuleName,
    CarrierFacts Facts,
    IReadOnlyList<RuleVerdict> Trace)
{
    public bool IsDefault => RuleId is null;

    /// <summary>The winning rule's verdict with the conditions it satisfied; null when the default applies.</summary>
    public RuleVerdict? Winner => Trace.FirstOrDefault(v => v.Outcome == RuleOutcome.Matched);

    /// <summary>The rules before the winner (all of them when the default applies) and why each did not decide.</summary>
    public IEnumerable<RuleVerdict> Passed => Trace.Where(v => v.Outcome != RuleOutcome.Matched);
}

public enum RuleOutcome
{
    Matched,
    /// <summary>At least one condition failed; <see cref="RuleVerdict.Failed"/> lists them all.</summary>
    NotMatched,
    Disabled,
    /// <summary>The conditions held but the rule's carrier is disabled.</summary>
    CarrierDisabled,
}

/// <summary>One rule's result for the parcel.</summary>
public sealed record RuleVerdict(
    long RuleId, string RuleName, int Position, string CarrierCode, string Service, RuleOutcome Outcome,
    IReadOnlyList<ConditionCheck> Checks)
{
    public IEnumerable<ConditionCheck> Failed => Checks.Where(c => !c.Holds);

    public IEnumerable<ConditionCheck> Satisfied => Checks.Where(c => c.Holds);
}

/// <summary>The conditions a rule can set, one reason code each, so the UI words them in its own language.</summary>
public enum CarrierCondition
{
    Province,
    City,
    Remote,
    MinWeight,
    MaxWeight,
    MinVolume,
    MaxVolume,
    Tier,
    MinAmount,
    MaxAmount,
    Handling,
}

/// <summary>
/// One condition of one rule against the parcel. <see cref="Expected"/> and <see cref="Actual"/> are culture-neutral
/// (grams, cm³, "¥500.00", province names, enum names joined by ", ") and fill the localized reason's placeholders.
/// </summary>
public sealed record ConditionCheck(CarrierCondition Condition, bool Holds, string Expected, string Actual);
