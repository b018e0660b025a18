namespace OrderDesk.Features.Demo;

/// <summary>EAN-13 barcodes, the kind printed on retail goods in China (GS1 prefixes 690–699).</summary>
public static class Ean13
{
    /// <summary>The check digit for the first twelve digits: weights 1,3,1,3… from the left, mod 10.</summary>
    public static int CheckDigit(ReadOnlySpan<char> first12)
    {
        if (first12.Length != 12) throw new ArgumentException("EAN-13 needs twelve digits before the check digit.", nameof(first12));
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var digit = first12[i] - '0';
            if (digit is < 0 or > 9) throw new ArgumentException($"'{first12}' is not all digits.", nameof(first12));
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }

    public static string Complete(string first12) => first12 + (char)('0' + CheckDigit(first12));

    public static bool IsValid(string? code) =>
        code is { Length: 13 } && code.All(char.IsAsciiDigit) && CheckDigit(code.AsSpan(0, 12)) == code[12] - '0';
}
