using OrderDesk.Features.Admin;

namespace OrderDesk.Tests.Unit.Admin;

public sealed class ShopCredentialsTests
{
    [Theory]
    [InlineData("12345678", "12…78")]
    [InlineData("abcd", "••••")]
    [InlineData("", "")]
    public void Mask_ShowsAtMostTwoCharactersEachSide(string value, string expected) =>
        Assert.Equal(expected, ShopCredentials.Mask(value));

    [Fact]
    public void Hint_NeverContainsTheSecretOrToken()
    {
        var hint = ShopCredentials.Hint(new ShopSecret("key-2026", "the-secret", "the-token"));

        Assert.Equal("app key ke…26, secret ••••", hint);
        Assert.DoesNotContain("secret", hint.Replace("secret ••••", ""));
        Assert.DoesNotContain("the-token", hint);
    }
}
