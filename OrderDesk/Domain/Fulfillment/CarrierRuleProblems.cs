using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>The checks behind <see cref="CarrierRule"/>: every problem of a spec at once, each keyed by its field.</summary>
public static class CarrierRuleProblems
{
    public const string NameRequired = nameof(NameRequired);
    public const string NameTooLong = nameof(NameTooLong);
    public const string NameTaken = nameof(NameTaken);
    public const string Negative = nameof(Negative);
    public const string MinNotBelowMax = nameof(MinNotBelowMax);
    public const string UnknownCarrier = nameof(UnknownCarrier);
    public const string UnknownService = nameof(UnknownService);
    public const string UnknownProvince = nameof(UnknownProvince);
    public const string UnknownCity = nameof(UnknownCity);
    public const string UnknownTier = nameof(UnknownTier);
    public const string UnknownHandling = nameof(UnknownHandling);

    public static IReadOnlyList<FieldProblem> Check(CarrierRuleSpec spec, CarrierRuleContext context)
    {
        var problems = new List<FieldProblem>();
        void Add(string field, string code, string argument, string message) =>
            problems.Add(new FieldProblem(field, code, argument, message));

        var name = spec.Name.Trim();
        if (name.Length == 0) Add(nameof(spec.Name), NameRequired, "", "A carrier rule needs a name.");
        else if (name.Length > CarrierRule.NameMaxLength)
            Add(nameof(spec.Name), NameTooLong, CarrierRule.NameMaxLength.ToString(), $"A rule name has at most {CarrierRule.NameMaxLength} characters.");
        // Case-insensitive: "Fragile" next to "fragile" is always a mistake, and the trace would be ambiguous.
        else if (context.OtherRuleNames.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase)))
            Add(nameof(spec.Name), NameTaken, name, $"Another rule is already called '{name}'.");

        Range(nameof(spec.MinWeightGrams), nameof(spec.MaxWeightGrams), spec.MinWeightGrams, spec.MaxWeightGrams, "weight");
        Range(nameof(spec.MinVolumeCm3), nameof(spec.MaxVolumeCm3), spec.MinVolumeCm3, spec.MaxVolumeCm3, "volume");
        Range(nameof(spec.MinAmount), nameof(spec.MaxAmount), spec.MinAmount?.Fen, spec.MaxAmount?.Fen, "amount");

        var carrier = context.Carriers.FirstOrDefault(c => string.Equals(c.Code, spec.CarrierCode.Trim(), StringComparison.OrdinalIgnoreCase));
        if (carrier is null) Add(nameof(spec.CarrierCode), UnknownCarrier, spec.CarrierCode, $"There is no carrier '{spec.CarrierCode}'.");
        else if (!carrier.Offers(spec.Service.Trim()))
            Add(nameof(spec.Service), UnknownService, spec.Service, $"{carrier.Name} has no service '{spec.Service}'.");

        var provinces = context.Regions.Provinces;
        foreach (var province in spec.Provinces.Where(p => provinces.All(known => known.Name != p.Trim())))
            Add(nameof(spec.Provinces), UnknownProvince, province, $"'{province}' is not a province in the region table.");
        foreach (var city in spec.Cities.Where(c => provinces.All(p => p.Cities.All(known => known.Name != c.Trim()))))
            Add(nameof(spec.Cities), UnknownCity, city, $"'{city}' is not a city in the region table.");
        foreach (var tier in spec.CustomerTiers.Where(t => !Enum.IsDefined(t)))
            Add(nameof(spec.CustomerTiers), UnknownTier, tier.ToString(), $"'{tier}' is not a customer tier.");
        if ((spec.RequiredHandling & ~CarrierRule.KnownHandling) != 0)
            Add(nameof(spec.RequiredHandling), UnknownHandling, ((int)spec.RequiredHandling).ToString(), "Unknown handling flags.");
        return problems;

        void Range(string minField, string maxField, long? min, long? max, string what)
        {
            if (min < 0) Add(minField, Negative, min.Value.ToString(), $"The minimum {what} cannot be negative.");
            if (max < 0) Add(maxField, Negative, max.Value.ToString(), $"The maximum {what} cannot be negative.");
            // The maximum is exclusive, so min == max could never match.
            if (min >= 0 && max >= 0 && min >= max)
                Add(maxField, MinNotBelowMax, min.Value.ToString(), $"The maximum {what} must be above the minimum.");
        }
    }
}
