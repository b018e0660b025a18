using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("128.00", 12800)]
    [InlineData("19.9", 1990)]
    [InlineData("0.01", 1)]
    [InlineData("0", 0)]
    [InlineData("1234567.89", 123456789)]
    public void ParseYuan_PlatformStrings_ExactFen(string text, long fen) =>
        Assert.Equal(fen, Money.ParseYuan(text).Fen);

    [Theory]
    [InlineData("12.345")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1,000.00")]
    public void ParseYuan_NotAnAmountInYuan_ThrowsDomainRule(string text) =>
        Assert.Throws<DomainRuleException>(() => Money.ParseYuan(text));

    [Fact]
    public void FromYuan_DecimalFromJsonNumber_NoFloatingPointDrift()
    {
        // 0.1 + 0.2 in double is 0.30000000000000004; decimal arithmetic keeps fen exact.
        Assert.Equal(30, (Money.FromYuan(0.1m) + Money.FromYuan(0.2m)).Fen);
        Assert.Equal(1990, Money.FromYuan(19.9m).Fen);
    }

    [Theory]
    [InlineData(123450, "¥1,234.50")]
    [InlineData(5, "¥0.05")]
    [InlineData(0, "¥0.00")]
    [InlineData(-1999, "-¥19.99")]
    [InlineData(100000000, "¥1,000,000.00")]
    public void ToString_AnyCulture_YuanWithGroupingAndTwoDecimals(long fen, string expected)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(expected, new Money(fen).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Arithmetic_MultiplyAndCompare_Exact()
    {
        var unit = Money.ParseYuan("33.33");
        Assert.Equal(9999, (unit * 3).Fen);
        Assert.True(unit * 3 > Money.ParseYuan("99.98"));
        Assert.True(Money.Zero < unit);
    }

    [Fact]
    public void Multiply_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue / 2) * 3);
}
