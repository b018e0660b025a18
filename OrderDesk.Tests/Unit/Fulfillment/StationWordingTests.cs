using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Hosting;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Unit.Fulfillment;

/// <summary>What a station shows under its verdict, in English and in Chinese, for the messages the rules and the desk give.</summary>
public sealed class StationWordingTests
{
    private static readonly StationWording s_wording = new ServiceCollection().AddLogging().AddLocalization()
        .AddSingleton(new TimeDisplay(new OrderDeskOptions { TimeZone = "Asia/Shanghai" })).AddSingleton<StationWording>()
        .BuildServiceProvider().GetRequiredService<StationWording>();

    private static string Shown(StationMessage message, string culture) => UiCulture.In(culture, () => s_wording.Word(message));

    private static StationMessage Refusal(Action refused) => StationMessage.Refused(Assert.Throws<DomainRuleException>(refused));

    public static TheoryData<string, StationMessage, string, string> Messages()
    {
        var order = StageRulesTests.NewOrder();
        var wrongStage = StageRules.Judge(order, FulfillmentStage.Check, OrderStatus.InFulfillment, ShippingHold.None, new("0000", null, null, null));
        return new()
        {
            { "refund requested", StageRules.Gate(OrderStatus.Paid, ShippingHold.RefundRequested)!.Message,
                "The platform put the order on hold: the buyer asked for a refund.", "平台已暂停该订单发货：买家申请了退款。" },
            { "cancelled, stop", new("StopPutItemsBack", StageRules.Gate(OrderStatus.Cancelled, ShippingHold.None)!.Message),
                "The order was cancelled on the platform. Stop: put the order's items back.", "订单已在平台取消。请停止作业，把该订单的商品放回库位。" },
            { "no longer in a wave", StageRules.Gate(OrderStatus.Paid, ShippingHold.None)!.Message,
                "The order is Paid and no longer in a wave.", "订单状态为“已付款”，已不在波次中。" },
            { "wrong stage", wrongStage.Message, "The order is at Pick, not Check.", "订单当前在拣货环节，不在复核环节。" },
            { "unknown barcode", StageRules.Judge(order, FulfillmentStage.Pick, OrderStatus.InFulfillment, ShippingHold.None, new("0000", null, null, null)).Message,
                "No SKU has the barcode 0000.", "没有商品使用条码 0000。" },
            { "another order's item", StageRules.Judge(order, FulfillmentStage.Pick, OrderStatus.InFulfillment, ShippingHold.None, new("1", "LAMP", "Desk lamp", "T2")).Message,
                "LAMP belongs to order T2.", "LAMP 属于订单 T2。" },
            { "nothing scanned yet", StageRules.Incomplete(order, FulfillmentStage.Pick)!.Message,
                "Still to scan: 2 × TS-RED-M, 1 × MUG-WHT, 1 × TOTE.", "还需扫描：2 × TS-RED-M, 1 × MUG-WHT, 1 × TOTE。" },
            { "weight is text", Refused("heavy"), "\"heavy\" is not a weight: enter grams, like 1250, or kilograms, like 1.25 kg.",
                "“heavy”不是重量：请输入克数（如 1250）或千克数（如 1.25 kg）。" },
            { "weight negative", Refused("-5"), "A weight must be more than 0 g.", "重量必须大于 0 g。" },
            { "weight absurd", Refused("250kg"), "A parcel weighs at most 100 kg here; check the scale.", "包裹最重 100 kg，请检查电子秤。" },
            { "weight off", new("WeightOutOfTolerance", 1500, 1000, 50, 500),
                "Measured 1500 g, expected 1000 g ± 50 g (+500 g). Check the parcel's contents.", "称得 1500 g，应为 1000 g ± 50 g（+500 g）。请检查包裹内容。" },
            { "held elsewhere", new("HeldElsewhere", "Li Na", "T1", "SH-S01", new DateTimeOffset(2026, 11, 24, 2, 5, 0, TimeSpan.Zero)),
                "Li Na is working order T1 at station SH-S01 since 10:05.", "Li Na 从 10:05 起在工位 SH-S01 处理订单 T1。" },
            { "stage done", new("StageDone", FulfillmentStage.Pick, "T1"), "Pick done for order T1.", "订单 T1 拣货完成。" },
            { "carrier taken", new("CarrierTaken", "SF", "Standard", "default"), "SF Standard (default)", "SF Standard（规则：default）" },
            { "carrier instead", new("CarrierInstead", "SF", "ZTO", "易碎"), "SF instead of ZTO: 易碎", "改用 SF，未用推荐的 ZTO：易碎" },
            { "weight accepted", new("WeightWithinTolerance", 1000, 50), "Expected 1000 g ± 50 g.", "应为 1000 g ± 50 g。" },
            { "shipped", new("ShippedVia", "SF", "Standard"), "Shipped with SF Standard.", "已由 SF Standard 发货。" },
            { "shipped, tracked", new("ShippedViaTracking", "SF", "Standard", "SF1"), "Shipped with SF Standard, tracking SF1.",
                "已由 SF Standard 发货，运单号 SF1。" },
            { "override without reason", Refusal(() => order.Override(FulfillmentStage.Pick, order.Lines[0].Id, null, " ")),
                "An override needs a reason.", "主管确认必须填写原因。" },
            { "carrier chosen before pack", Refusal(() => order.ChooseCarrier("SF", "Express", "ZTO", "default", null)),
                "The carrier is chosen at pack; the order is at Pick.", "快递在打包环节选择；订单当前在拣货环节。" },
            { "a rule that names no code", Refusal(() => throw new DomainRuleException("Only an accepted scan is counted.")),
                "Only an accepted scan is counted.", "Only an accepted scan is counted." },
        };
    }

    private static StationMessage Refused(string weight)
    {
        Assert.False(WeightReading.TryParseGrams(weight, out _, out var error));
        return error;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Message_IsShownInTheReadersLanguage(string name, StationMessage message, string english, string chinese)
    {
        Assert.True(english == Shown(message, "en"), $"{name}: {Shown(message, "en")}");
        Assert.True(chinese == Shown(message, "zh-Hans"), $"{name}: {Shown(message, "zh-Hans")}");
    }

    [Fact]
    public void NoMessage_ShowsNoDetailLine() => Assert.Equal("", Shown(StationMessage.None, "zh-Hans"));

    [Fact]
    public void Recorded_WithDetail_WordedForTheReader_WithoutDetail_TheNoteAsWritten()
    {
        var gate = StageRules.Gate(OrderStatus.Paid, ShippingHold.RefundRequested)!;
        var detail = StationMessageJson.Write(gate.Message);

        Assert.Equal("平台已暂停该订单发货：买家申请了退款。", UiCulture.In("zh-Hans", () => s_wording.Recorded(gate.Note, detail)));
        Assert.Equal("The platform put the order on hold: the buyer asked for a refund.", UiCulture.In("en", () => s_wording.Recorded(gate.Note, detail)));
        Assert.Equal(gate.Note, UiCulture.In("zh-Hans", () => s_wording.Recorded(gate.Note, null)));
    }

    [Theory]
    [InlineData("{broken")]
    [InlineData("{\"key\":\"NoSuchMessage\",\"args\":[]}")]
    [InlineData("{\"key\":\"StopPutItemsBack\",\"args\":[{\"message\":{\"key\":\"NoSuchMessage\",\"args\":[]}}]}")]
    [InlineData("{\"key\":\"SiblingVariant\",\"args\":[{\"text\":\"TS-RED-L\"}]}")]
    public void Recorded_DetailThatNoLongerReads_ShowsTheNote(string detail) =>
        Assert.Equal("the note", UiCulture.In("zh-Hans", () => s_wording.Recorded("the note", detail)));
}
