using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;

namespace OrderDesk.Tests.Unit.Fulfillment;

public sealed class StationScreenRulesTests
{
    [Theory]
    [InlineData("SF1234567890", true)]
    [InlineData("773123456789012", true)]
    [InlineData("1250", false)]
    [InlineData("1.25kg", false)]
    [InlineData("1250g", false)]
    [InlineData("heavy", false)]
    [InlineData("-5", false)]
    [InlineData("12345678g", false)]
    public void LooksLikeTracking_AtTheWeighStation_TellsCarrierLabelsFromWeights(string input, bool tracking) =>
        Assert.Equal(tracking, StationPage.LooksLikeTracking(input));

    [Fact]
    public void StationChoice_StoredAndReadBack_OpensTheSameScreen()
    {
        var choice = new StationChoice(3, "CD-01-S02", FulfillmentStage.Weigh);

        var back = StationChoice.Parse(choice.ToJson());

        Assert.Equal(choice, back);
        Assert.Equal("/stations/weigh?warehouse=3&station=CD-01-S02", back!.Href);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"WarehouseId\":1,\"Station\":\"\",\"Stage\":\"Pick\"}")]
    [InlineData("{\"WarehouseId\":1,\"Station\":\"SH-01-S01\",\"Stage\":\"Shipped\"}")]
    public void StationChoice_Parse_ForgetsWhatIsNotAStationChoice(string? stored) => Assert.Null(StationChoice.Parse(stored));
}
