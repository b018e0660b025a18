using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Domain;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("138****5678", "138****5678")]   // masked by the platform: stays as it came
    [InlineData("021-62345678", "021****5678")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Mask_Phone_ShowsOnlyPrefixAndLastFour(string? phone, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(phone));

    [Theory]
    [InlineData("13812345678", "5678")]
    [InlineData("138****5678", "5678")]
    [InlineData("567", "567")]
    [InlineData(null, "")]
    public void LastFour_Phone_LastFourCharacters(string? phone, string expected) =>
        Assert.Equal(expected, PhoneMask.LastFour(phone));
}
