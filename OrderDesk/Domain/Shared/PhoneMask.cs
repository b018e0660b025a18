namespace OrderDesk.Domain.Shared;

/// <summary>Masks a receiver phone the way Chinese platforms show it: 138****5678.</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return "";
        var digits = phone.Trim();
        if (digits.Contains('*')) return digits; // already masked by the platform: keep it masked
        if (digits.Length < 7) return new string('*', digits.Length);
        return string.Concat(digits.AsSpan(0, 3), "****", digits.AsSpan(digits.Length - 4));
    }

    /// <summary>The last four digits, which staff use to find an order over the phone.</summary>
    public static string LastFour(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return "";
        var trimmed = phone.Trim();
        return trimmed.Length <= 4 ? trimmed : trimmed[^4..];
    }
}
