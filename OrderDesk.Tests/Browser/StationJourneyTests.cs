using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Tests.Integration.Fulfillment;

namespace OrderDesk.Tests.Browser;

/// <summary>
/// A warehouse worker takes one order through the four station screens, typing every code the way a USB scanner does
/// (the characters, then Enter); each answer must be on screen before the next code goes in, and a burst of codes typed
/// back to back at check is answered in full and in order.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StationJourneyTests(BrowserFixture browser)
{
    // Scans are signed with the display name from the sign-in cookie, not the e-mail address.
    private static readonly string Worker = OrderDesk.Features.Demo.DemoAccounts.All.Single(a => a.Role == OrderDesk.Domain.Shared.Roles.Warehouse).DisplayName;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Station_OrderScannedThroughPickCheckPackWeigh_WrongVariantBlockedAndRecorded_ShipsWithFourSignatures()
    {
        var app = browser.App;
        var orderId = await FulfillmentTestOrders.ReadyAsync(app);
        string warehouseCode, sibling;
        WaveOrder waveOrder;
        await using (var db = await app.DbAsync())
        {
            var warehouseId = (await db.Orders.SingleAsync(o => o.Id == orderId, Ct)).WarehouseId!.Value;
            warehouseCode = await db.Warehouses.Where(w => w.Id == warehouseId).Select(w => w.Code).SingleAsync(Ct);
            var wave = await app.Get<WaveDesk>().ReleaseManualAsync(warehouseId, [orderId], "browser test", Ct);
            waveOrder = await db.WaveOrders.Include(o => o.Lines).SingleAsync(o => o.WaveId == wave.Id, Ct);
            var first = waveOrder.Lines[0];
            var codes = waveOrder.Lines.Select(l => l.SkuCode).ToList();
            sibling = await db.Skus.Where(s => s.Name == first.ProductName && !codes.Contains(s.Code))
                .OrderBy(s => s.Id).Select(s => s.Barcode).FirstAsync(Ct);
        }
        var page = await browser.SignedInPageAsync("warehouse");

        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("nav-stations").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/stations"), BrowserFixture.Committed);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await StationScreen.ChooseAsync(page, "setup-warehouse", $"({warehouseCode})");
        await StationScreen.ChooseAsync(page, "setup-station", $"{warehouseCode}-S02");
        // Under the full suite's load this tap was lost 3 times in about 7 runs (the station screen never opened; the
        // cause was not found). A person taps again when nothing happens; so does the test, once, after 10 s.
        for (var tap = 1; ; tap++)
        {
            await page.GetByTestId("setup-stage-Pick").ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => url.Contains("/stations/pick"),
                    new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (tap == 1)
            {
                TestContext.Current.SendDiagnosticMessage("The Pick tap did not open the station; tapping again.");
            }
        }
        var station = new StationScreen(page);
        await station.ReadyAsync();

        await page.GetByTestId($"queue-{waveOrder.OrderNumber}").Locator("button").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-number")).ToHaveTextAsync(waveOrder.OrderNumber);
        await station.ScanAsync(sibling, ScanVerdict.SiblingVariant);
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-kind", "Blocked");
        await Assertions.Expect(page.GetByTestId("verdict-headline")).ToHaveTextAsync("Wrong colour or size");
        await Assertions.Expect(page.GetByTestId("verdict-detail")).ToContainTextAsync($"is another variant of {waveOrder.Lines[0].ProductName}");
        await Assertions.Expect(page.GetByTestId("progress")).ToContainTextAsync($"0/{waveOrder.Units} units");
        await station.ScanAllAsync(waveOrder, FulfillmentStage.Pick);

        await page.GetByTestId("stage-Check").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/stations/check"), BrowserFixture.Committed);
        await station.ReadyAsync();
        await station.ScanAsync(waveOrder.OrderBarcode, ScanVerdict.Accepted);
        var gift = waveOrder.Lines.Single(l => l.IsGift);
        await Assertions.Expect(page.GetByTestId($"line-{gift.SkuCode}")).ToHaveAttributeAsync("data-gift", "true");
        await Assertions.Expect(page.GetByTestId($"line-{gift.SkuCode}").GetByTestId("gift-chip")).ToBeVisibleAsync();
        // A scanner burst: every unit typed back to back, no waiting; each is answered, in order, none dropped.
        var units = waveOrder.Lines.SelectMany(l => Enumerable.Repeat(l.Barcode, l.Quantity)).ToList();
        await station.BurstAsync(units);
        await Assertions.Expect(page.GetByTestId("verdict-headline")).ToHaveTextAsync("Check done");

        await page.GetByTestId("stage-Pack").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/stations/pack"), BrowserFixture.Committed);
        await station.ReadyAsync();
        await station.ScanAsync(waveOrder.OrderBarcode, ScanVerdict.Accepted);
        // What the carrier rules recommend for this order, and the rule's reasons beside it.
        var advice = await app.Get<OrderDesk.Features.Fulfillment.Carriers.CarrierAdvisor>().AdviseAsync(orderId, Ct);
        await Assertions.Expect(page.GetByTestId("pack-carrier")).ToContainTextAsync(advice.CarrierName);
        await Assertions.Expect(page.GetByTestId("advice-winner")).ToBeVisibleAsync();
        await page.GetByTestId("pack-accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", nameof(ScanVerdict.StageCompleted));

        await page.GetByTestId("stage-Weigh").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/stations/weigh"), BrowserFixture.Committed);
        await station.ReadyAsync();
        await station.ScanAsync(waveOrder.OrderBarcode, ScanVerdict.Accepted);
        await station.ScanAsync("heavy", ScanVerdict.InvalidInput);
        await station.ScanAsync(waveOrder.ExpectedWeightGrams.ToString(CultureInfo.InvariantCulture), ScanVerdict.StageCompleted);
        await Assertions.Expect(page.GetByTestId("shipped")).ToContainTextAsync(waveOrder.OrderNumber);

        await using (var db = await app.DbAsync())
        {
            Assert.Equal(OrderStatus.Shipped, (await db.Orders.SingleAsync(o => o.Id == orderId, Ct)).Status);
            var wrong = await db.ScanEvents.SingleAsync(e => e.WaveOrderId == waveOrder.Id && e.Verdict == ScanVerdict.SiblingVariant, Ct);
            Assert.Equal((sibling, Worker, $"{warehouseCode}-S02"), (wrong.Input, wrong.UserName, wrong.Station));
            Assert.True(await db.ShippingErrors.AnyAsync(e => e.ScanEventId == wrong.Id && e.Type == ShippingErrorType.WrongSku, Ct));
            Assert.False(await db.ScanEvents.AnyAsync(e => e.WaveOrderId == waveOrder.Id && e.Input == "heavy", Ct));
            var checkedInOrder = await db.ScanEvents.Where(e => e.WaveOrderId == waveOrder.Id && e.Stage == FulfillmentStage.Check
                    && e.Verdict == ScanVerdict.Accepted).OrderBy(e => e.Id).Select(e => e.Input).ToListAsync(Ct);
            Assert.Equal(units, checkedInOrder);
        }
        var trail = await app.Get<FulfillmentTrail>().ForOrderAsync(orderId, Ct);
        Assert.Equal(FulfillmentStages.Signed, FulfillmentStages.Signed.Where(trail.Signatures.ContainsKey));
        Assert.All(FulfillmentStages.Signed, s => Assert.Equal(ScanVerdict.StageCompleted, trail.Signatures[s].Verdict));
        Assert.All(FulfillmentStages.Signed, s => Assert.Equal(Worker, trail.Signatures[s].UserName));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Station_InChinese_ShowsTheDetailUnderTheVerdictInChinese()
    {
        var warehouse = (await browser.App.Get<WaveBoard>().WarehousesAsync(Ct))[0];
        var screen = new StationChoice(warehouse.Id, $"{warehouse.Code}-S03", FulfillmentStage.Pick).Href;
        var page = await browser.SignedInPageAsync("warehouse", culture: "zh-CN");
        await page.GotoAsync($"/culture/zh-Hans?returnUrl={Uri.EscapeDataString(screen)}");
        var station = new StationScreen(page);
        await station.ReadyAsync();

        await station.ScanAsync("NOPE-4711", ScanVerdict.UnknownBarcode);

        await Assertions.Expect(page.GetByTestId("verdict-detail")).ToHaveTextAsync("本仓波次中没有待处理的订单 NOPE-4711。");
        await page.Context.CloseAsync();
    }
}
