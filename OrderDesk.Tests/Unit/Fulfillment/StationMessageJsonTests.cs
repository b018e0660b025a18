using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Tests.Unit.Fulfillment;

/// <summary>A station message kept on a scan or error comes back with its arguments' types, or not at all.</summary>
public sealed class StationMessageJsonTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 24, 2, 5, 7, 123, TimeSpan.FromHours(8));

    public static TheoryData<string, StationMessage> Recorded()
    {
        var order = StageRulesTests.NewOrder();
        var data = new TheoryData<string, StationMessage>
        {
            { "sibling variant", StageRules.Judge(order, FulfillmentStage.Pick, OrderStatus.InFulfillment, ShippingHold.None,
                new("6900000000028", "TS-RED-L", "T-shirt", null)).Message },
            { "still to scan", StageRules.Incomplete(order, FulfillmentStage.Pick)!.Message },
            { "wrong stage", StageRules.Judge(order, FulfillmentStage.Check, OrderStatus.InFulfillment, ShippingHold.None, new("0", null, null, null)).Message },
            { "weight off", new("WeightOutOfTolerance", 1500, 1000, 50, 500) },
            { "held elsewhere", new("HeldElsewhere", "Li Na", "T1", "SH-S01", s_at) },
            { "long and decimal", new("Figures", 9_000_000_000L, 1.50m, -3) },
            { "nested", new("StopPutItemsBack", new StationMessage("NotInWave", OrderStatus.Paid)) },
            { "no arguments", new("ChooseCarrierFirst") },
            { "text that looks like JSON", new("NoSkuHasBarcode", "{\"stage\":\"Pick\"} \"引号\" \\") },
        };
        foreach (var hold in Enum.GetValues<ShippingHold>().Where(h => h != ShippingHold.None))
            data.Add($"hold {hold}", StageRules.Gate(OrderStatus.Paid, hold)!.Message);
        foreach (var status in new[] { OrderStatus.Cancelled, OrderStatus.Refunded, OrderStatus.Shipped })
            data.Add($"gate {status}", StageRules.Gate(status, ShippingHold.None)!.Message);
        return data;
    }

    [Theory]
    [MemberData(nameof(Recorded))]
    public void WriteThenRead_RecordedMessage_ComesBackWithTypedArguments(string name, StationMessage message)
    {
        var json = StationMessageJson.Write(message);

        Assert.True(json is not null, name);
        AssertSame(message, StationMessageJson.Read(json));
    }

    [Fact]
    public void Write_NoMessage_IsNull() => Assert.Null(StationMessageJson.Write(StationMessage.None));

    [Fact]
    public void Write_ArgumentOfAnotherType_IsNullSoOnlyTheNoteIsKept()
    {
        Assert.Null(StationMessageJson.Write(new("Weight", 1.5d)));
        Assert.Null(StationMessageJson.Write(new("Outer", new StationMessage("Inner", Guid.Empty))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"key\":\"WrongStage\",\"args\":[")]
    [InlineData("[]")]
    [InlineData("\"WrongStage\"")]
    [InlineData("{\"key\":\"WrongStage\"}")]
    [InlineData("{\"key\":\"\",\"args\":[]}")]
    [InlineData("{\"key\":7,\"args\":[]}")]
    [InlineData("{\"key\":\"X\",\"args\":{}}")]
    [InlineData("{\"key\":\"X\",\"args\":[null]}")]
    [InlineData("{\"key\":\"X\",\"args\":[\"bare\"]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"text\":\"a\",\"int\":1}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"float\":1.5}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"int\":\"1\"}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"int\":99999999999}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"int\":1.5}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"stage\":\"Teleport\"}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"stage\":\"1\"}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"stage\":1}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"hold\":\"pick\"}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"at\":\"yesterday\"}]}")]
    [InlineData("{\"key\":\"X\",\"args\":[{\"message\":{\"key\":\"Y\",\"args\":[{\"status\":\"Lost\"}]}}]}")]
    public void Read_AnythingItCannotReadBack_IsNull(string? json) => Assert.Null(StationMessageJson.Read(json));

    [Fact]
    public void Read_NestedTooDeep_IsNullNotThrown()
    {
        var json = string.Concat(Enumerable.Repeat("{\"key\":\"X\",\"args\":[{\"message\":", 100)) + "{\"key\":\"Y\",\"args\":[]}"
            + string.Concat(Enumerable.Repeat("}]}", 100));
        Assert.Null(StationMessageJson.Read(json));
    }

    private static void AssertSame(StationMessage expected, StationMessage? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Args.Length, actual.Args.Length);
        foreach (var (want, got) in expected.Args.Zip(actual.Args))
        {
            Assert.Equal(want.GetType(), got.GetType());
            if (want is StationMessage nested) AssertSame(nested, (StationMessage)got);
            else if (want is DateTimeOffset at) Assert.Equal((at, at.Offset), ((DateTimeOffset)got, ((DateTimeOffset)got).Offset));
            else Assert.Equal(want, got);
        }
    }
}
