using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Fulfillment;

/// <summary>Every station rule in one table: an order of 2 × red M shirts, 1 mug and a gift tote, at each stage.</summary>
public sealed class StageRulesTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private static readonly Sku s_shirtRedM = Sku("TS-RED-M", "6900000000011", "T-shirt", "Red", "M", 200);
    private static readonly Sku s_shirtRedL = Sku("TS-RED-L", "6900000000028", "T-shirt", "Red", "L", 210);
    private static readonly Sku s_mug = Sku("MUG-WHT", "6900000000035", "Mug", "White", "", 350);
    private static readonly Sku s_tote = Sku("TOTE", "6900000000042", "Tote bag", "", "", 90);
    private static readonly Sku s_lamp = Sku("LAMP", "6900000000059", "Desk lamp", "", "", 900);

    private static Sku Sku(string code, string barcode, string name, string color, string size, int grams) =>
        new(code, barcode, name, color, size, "Test", HandlingFlags.None, grams, (100, 100, 100), Money.ParseYuan("10.00"));

    public static WaveOrder NewOrder(int packaging = 80)
    {
        var order = Order.Create(OrderKey.Of(Platform.Taobao, "tb", "T1"), 1, OrderStatus.Paid,
            new Receiver("王芳", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 90 号", "310012"),
            [
                new OrderLine(s_shirtRedM.Code, "T-shirt", "Red / M", 2, Money.ParseYuan("59.00"), isGift: false),
                new OrderLine(s_mug.Code, "Mug", "White", 1, Money.ParseYuan("29.00"), isGift: false),
                new OrderLine(s_tote.Code, "Tote bag", "", 1, Money.Zero, isGift: true),
            ],
            OrderAmounts.Of(Money.ParseYuan("147.00"), Money.Zero, Money.Zero), s_now.AddHours(-3), s_now.AddHours(-3), s_now.AddHours(-3), s_now, "test");
        order.AssignWarehouse(1);
        var skus = new[] { s_shirtRedM, s_shirtRedL, s_mug, s_tote, s_lamp }.ToDictionary(s => s.Code);
        return WaveOrder.For(order, skus, _ => "A-01-1", s_now.AddHours(45), packaging, s_now, "test");
    }

    private static ScannedItem Scanned(Sku? sku, string? otherOrder = null) =>
        new(sku?.Barcode ?? "0000", sku?.Code, sku?.Name, otherOrder);

    private static WaveOrder At(FulfillmentStage stage, params Sku[] alreadyScanned)
    {
        var order = NewOrder();
        foreach (var target in FulfillmentStages.Signed.TakeWhile(s => s < stage))
        {
            if (target.CountsUnits())
                foreach (var line in order.Lines)
                    for (var i = 0; i < line.Quantity; i++)
                        order.Count(StageRules.Judge(order, target, OrderStatus.InFulfillment, ShippingHold.None, Scanned(Sku(line))), target, s_now);
            else if (target == FulfillmentStage.Pack)
            {
                order.ChooseCarrier("ZTO", "Standard", "ZTO", "default", null);
                Assert.True(order.TryComplete(target, s_now));
            }
        }
        foreach (var sku in alreadyScanned)
            order.Count(StageRules.Judge(order, stage, OrderStatus.InFulfillment, ShippingHold.None, Scanned(sku)), stage, s_now);
        return order;
    }

    private static Sku Sku(WaveOrderLine line) =>
        new[] { s_shirtRedM, s_shirtRedL, s_mug, s_tote, s_lamp }.Single(s => s.Code == line.SkuCode);

    public static TheoryData<string, FulfillmentStage, string[], OrderStatus, ShippingHold, string?, string?, ScanVerdict, ShippingErrorType?> Cases => new()
    {
        // name, station stage, already scanned at that stage, order status, hold, scanned SKU, on another order, verdict, caught error
        { "right SKU at pick", FulfillmentStage.Pick, [], OrderStatus.InFulfillment, ShippingHold.None, "TS-RED-M", null, ScanVerdict.Accepted, null },
        { "second unit of the same SKU", FulfillmentStage.Pick, ["TS-RED-M"], OrderStatus.InFulfillment, ShippingHold.None, "TS-RED-M", null, ScanVerdict.Accepted, null },
        { "one unit too many", FulfillmentStage.Pick, ["TS-RED-M", "TS-RED-M"], OrderStatus.InFulfillment, ShippingHold.None, "TS-RED-M", null, ScanVerdict.TooMany, null },
        { "sibling size", FulfillmentStage.Pick, [], OrderStatus.InFulfillment, ShippingHold.None, "TS-RED-L", null, ScanVerdict.SiblingVariant, ShippingErrorType.WrongSku },
        { "sibling even if on another order", FulfillmentStage.Check, [], OrderStatus.InFulfillment, ShippingHold.None, "TS-RED-L", "T2", ScanVerdict.SiblingVariant, ShippingErrorType.WrongSku },
        { "another order's item", FulfillmentStage.Pick, [], OrderStatus.InFulfillment, ShippingHold.None, "LAMP", "T2", ScanVerdict.OtherOrder, ShippingErrorType.WrongSku },
        { "item on no order", FulfillmentStage.Pick, [], OrderStatus.InFulfillment, ShippingHold.None, "LAMP", null, ScanVerdict.WrongSku, ShippingErrorType.WrongSku },
        { "unknown barcode", FulfillmentStage.Pick, [], OrderStatus.InFulfillment, ShippingHold.None, null, null, ScanVerdict.UnknownBarcode, null },
        { "gift scanned at check", FulfillmentStage.Check, [], OrderStatus.InFulfillment, ShippingHold.None, "TOTE", null, ScanVerdict.Accepted, null },
        { "main item at check", FulfillmentStage.Check, [], OrderStatus.InFulfillment, ShippingHold.None, "MUG-WHT", null, ScanVerdict.Accepted, null },
        { "item scanned at pack", FulfillmentStage.Pack, [], OrderStatus.InFulfillment, ShippingHold.None, "MUG-WHT", null, ScanVerdict.WrongStage, null },
        { "refund requested since picking", FulfillmentStage.Check, [], OrderStatus.Paid, ShippingHold.RefundRequested, "MUG-WHT", null, ScanVerdict.OrderOnHold, null },
        { "platform forbids shipping", FulfillmentStage.Pick, [], OrderStatus.InFulfillment, ShippingHold.PlatformForbidsShipping, "MUG-WHT", null, ScanVerdict.OrderOnHold, null },
        { "cancelled since picking", FulfillmentStage.Check, [], OrderStatus.Cancelled, ShippingHold.None, "MUG-WHT", null, ScanVerdict.OrderCancelled, null },
        { "refunded", FulfillmentStage.Pick, [], OrderStatus.Refunded, ShippingHold.None, "MUG-WHT", null, ScanVerdict.OrderCancelled, null },
        { "left the wave without a hold", FulfillmentStage.Pick, [], OrderStatus.Paid, ShippingHold.None, "MUG-WHT", null, ScanVerdict.OrderOnHold, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judge(string name, FulfillmentStage stage, string[] already, OrderStatus status, ShippingHold hold, string? scanned,
        string? otherOrder, ScanVerdict verdict, ShippingErrorType? error)
    {
        var skus = new[] { s_shirtRedM, s_shirtRedL, s_mug, s_tote, s_lamp }.ToDictionary(s => s.Code);
        var order = At(stage, already.Select(c => skus[c]).ToArray());

        var judgement = StageRules.Judge(order, stage, status, hold, Scanned(scanned is null ? null : skus[scanned], otherOrder));

        Assert.True(verdict == judgement.Verdict, $"{name}: {judgement.Verdict} ({judgement.Note})");
        Assert.Equal(error, judgement.CaughtError);
        Assert.Equal(verdict.IsBlocked(), judgement.Blocked);
    }

    [Fact]
    public void Count_LastUnitOfPick_CompletesTheStage_AndFreesTheOrder()
    {
        var order = At(FulfillmentStage.Pick, s_shirtRedM, s_shirtRedM, s_mug);
        order.Claim(new StationWorker("u1", "Li", "S1"), s_now, TimeSpan.FromMinutes(15));

        var completed = order.Count(StageRules.Judge(order, FulfillmentStage.Pick, OrderStatus.InFulfillment, ShippingHold.None, Scanned(s_tote)),
            FulfillmentStage.Pick, s_now);

        Assert.True(completed);
        Assert.Equal(FulfillmentStage.Check, order.Stage);
        Assert.Equal("", order.HeldByStation);
    }

    [Theory]
    [InlineData(new[] { "TS-RED-M", "TS-RED-M", "MUG-WHT" }, ShippingErrorType.MissingGift)]
    [InlineData(new[] { "TS-RED-M", "MUG-WHT", "TOTE" }, ShippingErrorType.MissingMainItem)]
    [InlineData(new string[0], ShippingErrorType.MissingMainItem)]
    public void Incomplete_AtCheck_NamesWhatIsMissing_GiftOnlyCountsAsMissingGift(string[] scanned, ShippingErrorType expected)
    {
        var skus = new[] { s_shirtRedM, s_mug, s_tote }.ToDictionary(s => s.Code);
        var order = At(FulfillmentStage.Check, scanned.Select(c => skus[c]).ToArray());

        var missing = StageRules.Incomplete(order, FulfillmentStage.Check);

        Assert.NotNull(missing);
        Assert.Equal(ScanVerdict.Incomplete, missing.Verdict);
        Assert.Equal(expected, missing.CaughtError);
        Assert.False(order.TryComplete(FulfillmentStage.Check, s_now));
    }

    [Fact]
    public void Pack_NeedsACarrier_AndAReasonForAnotherThanRecommended()
    {
        var order = At(FulfillmentStage.Pack);

        Assert.NotNull(StageRules.Incomplete(order, FulfillmentStage.Pack));
        Assert.Throws<DomainRuleException>(() => order.ChooseCarrier("SF", "Express", "ZTO", "default", "  "));
        Assert.Equal(ScanVerdict.CarrierChanged, order.ChooseCarrier("SF", "Express", "ZTO", "default", "buyer paid for express"));
        Assert.Null(StageRules.Incomplete(order, FulfillmentStage.Pack));
    }

    [Fact]
    public void ExpectedWeight_IsSkuWeightsTimesQuantityPlusPackaging()
    {
        Assert.Equal(2 * 200 + 350 + 90 + 80, NewOrder().ExpectedWeightGrams);
    }

    [Fact]
    public void Claim_ByAnotherStation_IsRefusedWithTheHolder_UntilTheHoldGoesStale()
    {
        var order = NewOrder();
        var stale = TimeSpan.FromMinutes(15);
        order.Claim(new StationWorker("u1", "Li Na", "SH-S01"), s_now, stale);

        var refused = Assert.Throws<OrderHeldElsewhereException>(() => order.Claim(new StationWorker("u2", "Wang", "SH-S02"), s_now.AddMinutes(14), stale));
        order.Claim(new StationWorker("u2", "Wang", "SH-S02"), s_now.AddMinutes(15), stale);

        Assert.Equal(("Li Na", "SH-S01"), (refused.HolderName, refused.Station));
        Assert.Equal("SH-S02", order.HeldByStation);
    }

    [Fact]
    public void Override_NeedsAReason_AndALineStillOpen()
    {
        var order = At(FulfillmentStage.Pick);
        var line = order.Lines[0];

        Assert.Throws<DomainRuleException>(() => order.Override(FulfillmentStage.Pick, line.Id, null, " "));
        Assert.Throws<DomainRuleException>(() => order.Override(FulfillmentStage.Check, line.Id, null, "label torn"));
        var judgement = order.Override(FulfillmentStage.Pick, line.Id, null, "label torn");

        Assert.Equal(ScanVerdict.Override, judgement.Verdict);
        Assert.Equal("label torn", judgement.Note);
    }

    [Theory]
    [InlineData("OD00000123", 123L)]
    [InlineData("od00000042", 42L)]
    [InlineData("OD", null)]
    [InlineData("OD12a", null)]
    [InlineData("6900000000011", null)]
    public void OrderBarcode_RoundTrips(string barcode, long? orderId)
    {
        Assert.Equal(orderId, WaveOrder.OrderIdOf(barcode));
        if (orderId is { } id) Assert.Equal(barcode.ToUpperInvariant(), WaveOrder.BarcodeOf(id));
    }
}
