using OrderDesk.Features.Demo;

namespace OrderDesk.Tests.Unit.Demo;

public sealed class Ean13Tests
{
    [Theory]
    [InlineData("400638133393", 1)] // the textbook example 4006381333931
    [InlineData("690123456789", 2)]
    [InlineData("000000000000", 0)]
    public void CheckDigit_KnownCodes_MatchesGs1(string first12, int expected) =>
        Assert.Equal(expected, Ean13.CheckDigit(first12));

    [Theory]
    [InlineData("4006381333931", true)]
    [InlineData("4006381333932", false)]
    [InlineData("400638133393", false)]
    [InlineData("40063813339X1", false)]
    [InlineData(null, false)]
    public void IsValid_Codes_ChecksLengthDigitsAndCheckDigit(string? code, bool expected) =>
        Assert.Equal(expected, Ean13.IsValid(code));
}
