using System.Globalization;
using OrderDesk.Domain.Catalog;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// Chooses the carrier for a parcel: the first enabled rule by position whose conditions all hold, else the default
/// carrier. Pure: the caller loads the rules, measures the parcel and supplies the carriers.
/// </summary>
public static class CarrierRules
{
    /// <param name="carriers">For names, and to skip rules whose carrier is disabled; without it the code stands in for the name.</param>
    public static CarrierAdvice Recommend(
        IReadOnlyList<CarrierRule> rules, CarrierFacts facts, Carrier defaultCarrier, IReadOnlyCollection<Carrier>? carriers = null)
    {
        var trace = new List<RuleVerdict>();
        foreach (var rule in rules.OrderBy(r => r.Position).ThenBy(r => r.Id))
        {
            if (!rule.Enabled)
            {
                trace.Add(Verdict(rule, RuleOutcome.Disabled, []));
                continue;
            }
            var checks = Check(rule, facts);
            var carrier = carriers?.FirstOrDefault(c => c.Code == rule.CarrierCode);
            var outcome = checks.Any(c => !c.Holds) ? RuleOutcome.NotMatched
                : carrier is { Enabled: false } ? RuleOutcome.CarrierDisabled
                : RuleOutcome.Matched;
            trace.Add(Verdict(rule, outcome, checks));
            if (outcome == RuleOutcome.Matched)
                return new CarrierAdvice(rule.CarrierCode, carrier?.Name ?? rule.CarrierCode, carrier?.NameZh ?? rule.CarrierCode,
                    rule.Service, rule.Id, rule.Name, facts, trace);
        }
        return new CarrierAdvice(defaultCarrier.Code, defaultCarrier.Name, defaultCarrier.NameZh, defaultCarrier.DefaultService,
            null, null, facts, trace);
    }

    /// <summary>Every condition the rule sets, each with whether it holds; conditions left empty are not listed.</summary>
    public static IReadOnlyList<ConditionCheck> Check(CarrierRule rule, CarrierFacts facts)
    {
        var checks = new List<ConditionCheck>();
        void Add(CarrierCondition condition, bool holds, string expected, string actual) =>
            checks.Add(new ConditionCheck(condition, holds, expected, actual));

        if (rule.Provinces.Count > 0)
            Add(CarrierCondition.Province, rule.Provinces.Contains(facts.Province), string.Join("、", rule.Provinces), facts.Province);
        if (rule.Cities.Count > 0)
            Add(CarrierCondition.City, rule.Cities.Contains(facts.City), string.Join("、", rule.Cities), facts.City);
        if (rule.RemoteOnly)
            Add(CarrierCondition.Remote, facts.Remote, "", facts.Province);
        if (rule.MinWeightGrams is { } minWeight)
            Add(CarrierCondition.MinWeight, facts.WeightGrams >= minWeight, Number(minWeight), Number(facts.WeightGrams));
        if (rule.MaxWeightGrams is { } maxWeight)
            Add(CarrierCondition.MaxWeight, facts.WeightGrams < maxWeight, Number(maxWeight), Number(facts.WeightGrams));
        if (rule.MinVolumeCm3 is { } minVolume)
            Add(CarrierCondition.MinVolume, facts.VolumeCm3 >= minVolume, Number(minVolume), Number(facts.VolumeCm3));
        if (rule.MaxVolumeCm3 is { } maxVolume)
            Add(CarrierCondition.MaxVolume, facts.VolumeCm3 < maxVolume, Number(maxVolume), Number(facts.VolumeCm3));
        if (rule.CustomerTiers.Count > 0)
            Add(CarrierCondition.Tier, rule.CustomerTiers.Contains(facts.Tier), string.Join(", ", rule.CustomerTiers), facts.Tier.ToString());
        if (rule.MinAmount is { } minAmount)
            Add(CarrierCondition.MinAmount, facts.Amount >= minAmount, minAmount.ToString(), facts.Amount.ToString());
        if (rule.MaxAmount is { } maxAmount)
            Add(CarrierCondition.MaxAmount, facts.Amount < maxAmount, maxAmount.ToString(), facts.Amount.ToString());
        if (rule.RequiredHandling != HandlingFlags.None)
            Add(CarrierCondition.Handling, (facts.Handling & rule.RequiredHandling) != 0,
                Flags(rule.RequiredHandling), Flags(facts.Handling));
        return checks;
    }

    /// <summary>Flag names joined by ", " (empty for none), for the UI to localize one by one.</summary>
    public static string Flags(HandlingFlags flags) =>
        string.Join(", ", Enum.GetValues<HandlingFlags>().Where(f => f != HandlingFlags.None && flags.HasFlag(f)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static RuleVerdict Verdict(CarrierRule rule, RuleOutcome outcome, IReadOnlyList<ConditionCheck> checks) =>
        new(rule.Id, rule.Name, rule.Position, rule.CarrierCode, rule.Service, outcome, checks);
}
