using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Tests.Unit.Ingestion.Platforms;

public sealed class PlatformTextTests
{
    [Theory]
    [InlineData("颜色分类:红色;尺码:M", "红色 / M")]
    [InlineData("颜色分类:米白", "米白")]
    [InlineData("", "")]
    [InlineData("颜色:黑色;", "黑色")]
    public void FromSkuProperties_TaobaoPairs_ValuesJoined(string text, string expected) =>
        Assert.Equal(expected, VariantText.FromSkuProperties(text));

    [Theory]
    [InlineData("红色,M", "红色 / M")]
    [InlineData("蓝色，大号", "蓝色 / 大号")]
    [InlineData("黑色", "黑色")]
    [InlineData("", "")]
    public void FromGoodsSpec_PinduoduoValues_Joined(string text, string expected) =>
        Assert.Equal(expected, VariantText.FromGoodsSpec(text));

    [Fact]
    public void CityAndDistrict_EmptyCity_DistrictBecomesCityAndTownDistrict() =>
        Assert.Equal(("济源市", "沁园街道"), ReceiverRegion.CityAndDistrict("", "济源市", "沁园街道"));

    [Fact]
    public void CityAndDistrict_CityPresent_Unchanged() =>
        Assert.Equal(("杭州市", "西湖区"), ReceiverRegion.CityAndDistrict("杭州市", "西湖区", "文新街道"));

    [Fact]
    public void ChinaTime_FormatAndParse_GmtPlus8()
    {
        var instant = new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal("2026-11-24 10:00:00", ChinaTime.Format(instant));
        Assert.Equal("1795485600", ChinaTime.UnixSeconds(instant));
        var parsed = ChinaTime.Parse("2026-11-24 10:00:00");
        Assert.Equal(TimeSpan.FromHours(8), parsed.Offset);
        Assert.Equal(instant, parsed);
        Assert.Null(ChinaTime.TryParse("2026/11/24"));
    }
}
