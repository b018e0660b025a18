namespace OrderDesk.Tests.Integration.Fulfillment.Printing;

internal static class PrintedHtml
{
    /// <summary>How many times <paramref name="value"/> stands in the page: one per label, line or marker.</summary>
    public static int Count(string html, string value)
    {
        var n = 0;
        for (var i = html.IndexOf(value, StringComparison.Ordinal); i >= 0; i = html.IndexOf(value, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
