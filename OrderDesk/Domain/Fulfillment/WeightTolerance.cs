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

/// <summary>
/// Reads what a person or a keyboard-wedge scale typed: "1234", "1234 g", "1.234 kg", "1,234". A refused reading is
/// only shown, never recorded, so it is a message for the screen alone.
/// </summary>
public static class WeightReading
{
    public const int MaxGrams = 100_000;

    /// <summary>The message (and refusal code) for a weight of zero or less.</summary>
    public const string NotPositive = "WeightNotPositive";

    public static bool TryParseGrams(string? text, out int grams, out StationMessage error)
    {
        grams = 0;
        error = StationMessage.None;
        var s = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        var factor = 1m;
        if (s.EndsWith("kg", StringComparison.Ordinal)) { factor = 1000m; s = s[..^2]; }
        else if (s.EndsWith('g')) s = s[..^1];
        if (s.Length == 0) { error = new("EnterWeight"); return false; }
        if (factor == 1m) s = s.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(s, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            error = new("NotAWeight", text?.Trim() ?? "");
            return false;
        }
        var rounded = Math.Round(value * factor, MidpointRounding.AwayFromZero);
        if (rounded <= 0) { error = new(NotPositive); return false; }
        if (rounded > MaxGrams) { error = new("WeightTooHigh", MaxGrams / 1000); return false; }
        grams = (int)rounded;
        return true;
    }
}
