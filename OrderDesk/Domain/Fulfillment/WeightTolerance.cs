using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>How far a parcel's measured weight may be from the expected one: a percentage or a fixed margin, whichever is larger.</summary>
public readonly record struct WeightTolerance(decimal Percent, int Grams)
{
    public static readonly WeightTolerance Default = new(5m, 30);

    public int AllowedDeviation(int expectedGrams) =>
        Math.Max(Grams, (int)Math.Ceiling(expectedGrams * Percent / 100m));

    public bool Accepts(int expectedGrams, int measuredGrams) =>
        Math.Abs(measuredGrams - expectedGrams) <= AllowedDeviation(expectedGrams);

    public void Validate()
    {
        if (Percent < 0 || Percent > 50) throw new DomainRuleException("The weight tolerance percentage must be between 0 and 50.");
        if (Grams < 0) throw new DomainRuleException("The weight tolerance in grams cannot be negative.");
    }
}

/// <summary>Reads what a person or a keyboard-wedge scale typed: "1234", "1234 g", "1.234 kg", "1,234".</summary>
public static class WeightReading
{
    public const int MaxGrams = 100_000;

    public static bool TryParseGrams(string? text, out int grams, out string error)
    {
        grams = 0;
        error = "";
        var s = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        var factor = 1m;
        if (s.EndsWith("kg", StringComparison.Ordinal)) { factor = 1000m; s = s[..^2]; }
        else if (s.EndsWith('g')) s = s[..^1];
        if (s.Length == 0) { error = "Enter the measured weight."; return false; }
        if (factor == 1m) s = s.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(s, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            error = $"\"{text?.Trim()}\" is not a weight: enter grams, like 1250, or kilograms, like 1.25 kg.";
            return false;
        }
        var rounded = Math.Round(value * factor, MidpointRounding.AwayFromZero);
        if (rounded <= 0) { error = "A weight must be more than 0 g."; return false; }
        if (rounded > MaxGrams) { error = $"A parcel weighs at most {MaxGrams / 1000} kg here; check the scale."; return false; }
        grams = (int)rounded;
        return true;
    }
}
