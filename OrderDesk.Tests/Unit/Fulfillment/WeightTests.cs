using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class WeightTests
{
    [Theory]
    // ±5 % or ±30 g, whichever is larger: 30 g up to 600 g expected, 5 % above.
    [InlineData(500, 530, true)]
    [InlineData(500, 531, false)]
    [InlineData(500, 470, true)]
    [InlineData(500, 469, false)]
    [InlineData(600, 630, true)]
    [InlineData(600, 631, false)]
    [InlineData(2000, 2100, true)]
    [InlineData(2000, 2101, false)]
    [InlineData(2000, 1900, true)]
    [InlineData(2000, 1899, false)]
    [InlineData(1001, 1052, true)] // 5 % of 1001 is 50.05: rounded up to 51 g
    [InlineData(1001, 1053, false)]
    public void Tolerance_FivePercentOrThirtyGrams_WhicheverIsLarger(int expected, int measured, bool accepted)
    {
        Assert.Equal(accepted, WeightTolerance.Default.Accepts(expected, measured));
    }

    [Theory]
    [InlineData("1250", 1250)]
    [InlineData(" 1250 g ", 1250)]
    [InlineData("1,250", 1250)]
    [InlineData("1.25kg", 1250)]
    [InlineData("1.2345 KG", 1235)]
    [InlineData("0.4", 0)]
    public void Reading_GramsOrKilograms(string text, int grams)
    {
        var ok = WeightReading.TryParseGrams(text, out var parsed, out var error);
        Assert.Equal(grams > 0, ok);
        if (ok) Assert.Equal((grams, StationMessage.None), (parsed, error));
        else Assert.Equal(WeightReading.NotPositive, error.Key);
    }

    [Theory]
    [InlineData("", "EnterWeight")]
    [InlineData("heavy", "NotAWeight")]
    [InlineData("-5", "WeightNotPositive")]
    [InlineData("0", "WeightNotPositive")]
    [InlineData("12kgg", "NotAWeight")]
    [InlineData("100001", "WeightTooHigh")]
    [InlineData("1e3", "NotAWeight")]
    public void Reading_TextNegativeZeroOrAbsurd_IsRefusedWithAReason(string text, string reason)
    {
        Assert.False(WeightReading.TryParseGrams(text, out _, out var error));
        Assert.Equal(reason, error.Key);
    }
}
