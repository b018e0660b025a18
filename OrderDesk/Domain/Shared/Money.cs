using System.Globalization;

namespace OrderDesk.Domain.Shared;

/// <summary>An amount of Chinese yuan held exactly, in fen (1/100 yuan).</summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    private static readonly CultureInfo s_display = CultureInfo.GetCultureInfo("zh-CN");

    public static Money Zero => new(0);

    public decimal Yuan => Fen / 100m;

    /// <summary>Rejects amounts with more than two decimals: platforms send yuan, never fractions of fen.</summary>
    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
            throw new DomainRuleException($"{yuan} yuan has more than two decimals.");
        return new Money(checked((long)fen));
    }

    /// <summary>Parses a platform's yuan string such as "128.00" or "19.9" without floating point.</summary>
    public static Money ParseYuan(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var yuan))
            throw new DomainRuleException($"'{text}' is not an amount in yuan.");
        return FromYuan(yuan);
    }

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));
    public static Money operator *(Money a, int quantity) => new(checked(a.Fen * quantity));
    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;
    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;
    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;
    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>Formats as "¥1,234.50" (a minus sign before the symbol when negative), whatever the UI culture.</summary>
    public override string ToString() =>
        (Fen < 0 ? "-" : "") + "¥" + Math.Abs(Yuan).ToString("#,##0.00", s_display);
}
