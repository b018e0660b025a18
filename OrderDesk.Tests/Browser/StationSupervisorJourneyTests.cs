using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Features.Fulfillment.Waves;
using OrderDesk.Tests.Integration.Fulfillment;

namespace OrderDesk.Tests.Browser;

/// <summary>
/// The station paths off the straight road, in a real browser: a supervisor's override, another carrier than the
/// recommended one at pack (each refused without a reason, with nothing recorded), and the connection dropping under a
/// worker's hands.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StationSupervisorJourneyTests(BrowserFixture browser)
{
    private static readonly string Supervisor = DemoAccounts.All.Single(a => a.Role == Roles.Supervisor).DisplayName;
    private static readonly string Worker = DemoAccounts.All.Single(a => a.Role == Roles.Warehouse).DisplayName;
    private static readonly StationWorker s_before = new("u-before", "Earlier shift", "-");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Weigh_ParcelOutOfTolerance_SupervisorOverride_RefusedWithoutReason_ShipsWithReasonAudited()
    {
        var (waveOrder, station) = await AtStageAsync(FulfillmentStage.Weigh, "S03");
        var heavy = (waveOrder.ExpectedWeightGrams * 3).ToString(CultureInfo.InvariantCulture);
        const string reason = "scale re-calibrated, weight confirmed by hand";
        var page = await browser.SignedInPageAsync("supervisor");
        var screen = await OpenAsync(page, station, waveOrder);
        await screen.ScanAsync(heavy, ScanVerdict.WeightOutOfTolerance);
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-kind", "Blocked");

        await page.GetByTestId("supervisor-panel").Locator(".mud-expand-panel-header").ClickAsync();
        await page.GetByTestId("override-weight").FillAsync(heavy);
        await screen.PressAsync("override-confirm", ScanVerdict.InvalidInput);
        await Assertions.Expect(page.GetByTestId("verdict-detail")).ToHaveTextAsync("An override needs a reason.");
        await Assertions.Expect(page.GetByTestId("order-number")).ToHaveTextAsync(waveOrder.OrderNumber);
        await using (var db = await App.DbAsync())
        {
            Assert.Equal(FulfillmentStage.Weigh, (await db.WaveOrders.SingleAsync(o => o.Id == waveOrder.Id, Ct)).Stage);
            Assert.False(await db.ScanEvents.AnyAsync(e => e.WaveOrderId == waveOrder.Id && e.Verdict == ScanVerdict.Override, Ct));
            Assert.False(await Overrides(db, waveOrder).AnyAsync(Ct));
        }

        await page.GetByTestId("override-reason").FillAsync(reason);
        await screen.PressAsync("override-confirm", ScanVerdict.StageCompleted);
        await Assertions.Expect(page.GetByTestId("verdict-headline")).ToHaveTextAsync("Shipped");
        await Assertions.Expect(page.GetByTestId("shipped")).ToContainTextAsync(waveOrder.OrderNumber);

        await using (var db = await App.DbAsync())
        {
            Assert.Equal(OrderStatus.Shipped, (await db.Orders.SingleAsync(o => o.Id == waveOrder.OrderId, Ct)).Status);
            Assert.Equal(waveOrder.ExpectedWeightGrams * 3, (await db.Shipments.SingleAsync(s => s.OrderId == waveOrder.OrderId, Ct)).WeightGrams);
            var scan = await db.ScanEvents.SingleAsync(e => e.WaveOrderId == waveOrder.Id && e.Verdict == ScanVerdict.Override, Ct);
            Assert.Equal((reason, Supervisor, station.Station, FulfillmentStage.Weigh), (scan.Note, scan.UserName, scan.Station, scan.Stage));
            var audit = await Overrides(db, waveOrder).SingleAsync(Ct);
            Assert.Equal(Supervisor, audit.UserName);
            Assert.Contains(reason, audit.Changes, StringComparison.Ordinal);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pick_UnitMissing_DoneRefused_SupervisorAcceptsTheUnitWithReason_PickDone()
    {
        var (waveOrder, station) = await AtStageAsync(FulfillmentStage.Pick, "S02");
        var torn = waveOrder.Lines.First(l => l.Quantity > 1);
        const string reason = "barcode label torn, item checked by eye";
        var page = await browser.SignedInPageAsync("supervisor");
        var screen = await OpenAsync(page, station, waveOrder);
        foreach (var line in waveOrder.Lines)
            for (var i = line == torn ? 1 : 0; i < line.Quantity; i++)
                await screen.ScanAsync(line.Barcode, ScanVerdict.Accepted);
        await screen.PressAsync("complete", ScanVerdict.Incomplete);
        await Assertions.Expect(page.GetByTestId("verdict-missing")).ToContainTextAsync(torn.SkuCode);

        await page.GetByTestId("supervisor-panel").Locator(".mud-expand-panel-header").ClickAsync();
        await StationScreen.ChooseAsync(page, "override-line", torn.SkuCode);
        await page.GetByTestId("override-reason").FillAsync(reason);
        await screen.PressAsync("override-confirm", ScanVerdict.Override);
        await Assertions.Expect(page.GetByTestId("verdict-headline")).ToHaveTextAsync("Pick done");

        await using var db = await App.DbAsync();
        Assert.Equal(FulfillmentStage.Check, (await db.WaveOrders.SingleAsync(o => o.Id == waveOrder.Id, Ct)).Stage);
        var scan = await db.ScanEvents.SingleAsync(e => e.WaveOrderId == waveOrder.Id && e.Verdict == ScanVerdict.Override, Ct);
        Assert.Equal((reason, Supervisor, torn.SkuCode), (scan.Note, scan.UserName, scan.SkuCode));
        Assert.Contains(reason, (await Overrides(db, waveOrder).SingleAsync(Ct)).Changes, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pack_AnotherCarrierThanRecommended_RefusedWithoutReason_PackedWithReasonRecorded()
    {
        var (waveOrder, station) = await AtStageAsync(FulfillmentStage.Pack, "S04");
        var advice = await App.Get<IPackingAdvice>().AdviseAsync(waveOrder.OrderId, Ct);
        // Another carrier whose name is not part of any other's, so its list item is told apart by text.
        var other = advice.Carriers.First(c => c.Code != advice.CarrierCode
            && advice.Carriers.All(d => d.Code == c.Code || !d.Name.Contains(c.Name, StringComparison.Ordinal)));
        const string reason = "receiver asked on the phone for this carrier";
        var page = await browser.SignedInPageAsync("warehouse");
        var screen = await OpenAsync(page, station, waveOrder);
        await Assertions.Expect(page.GetByTestId("pack-carrier")).ToContainTextAsync(advice.CarrierName);

        await page.GetByTestId("pack-other").ClickAsync();
        await StationScreen.ChooseAsync(page, "pack-other-carrier", other.Name);
        await screen.PressAsync("pack-other-confirm", ScanVerdict.InvalidInput);
        await Assertions.Expect(page.GetByTestId("verdict-detail")).ToHaveTextAsync("Say why you are not using the recommended carrier.");
        await Assertions.Expect(page.GetByTestId("pack-other-form")).ToBeVisibleAsync();
        await using (var db = await App.DbAsync())
        {
            var stored = await db.WaveOrders.SingleAsync(o => o.Id == waveOrder.Id, Ct);
            Assert.Equal((FulfillmentStage.Pack, ""), (stored.Stage, stored.CarrierChangeReason));
            Assert.False(await db.ScanEvents.AnyAsync(e => e.WaveOrderId == waveOrder.Id && e.Stage == FulfillmentStage.Pack, Ct));
        }

        await page.GetByTestId("pack-other-reason").FillAsync(reason);
        await screen.PressAsync("pack-other-confirm", ScanVerdict.StageCompleted);
        await Assertions.Expect(page.GetByTestId("verdict-headline")).ToHaveTextAsync("Packed");

        await using (var db = await App.DbAsync())
        {
            var stored = await db.WaveOrders.SingleAsync(o => o.Id == waveOrder.Id, Ct);
            Assert.Equal((FulfillmentStage.Weigh, other.Code, advice.CarrierCode, reason),
                (stored.Stage, stored.CarrierCode, stored.RecommendedCarrierCode, stored.CarrierChangeReason));
            var changed = await db.ScanEvents.SingleAsync(e => e.WaveOrderId == waveOrder.Id && e.Verdict == ScanVerdict.CarrierChanged, Ct);
            Assert.Equal((other.Code, Worker, station.Station), (changed.Input, changed.UserName, changed.Station));
            Assert.Contains(reason, changed.Note, StringComparison.Ordinal);
        }
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// First the network goes silent under an open WebSocket (frames from the page vanish, nothing closes: Wi-Fi gone
    /// without a word), so only the station's heartbeat can tell; then the socket is cut for good (both ends closed,
    /// new ones refused, the browser offline), which Blazor notices at once and says so in the reconnect banner.
    /// </summary>
    [Fact]
    public async Task Pick_ConnectionDrops_RedBar_InputDisabled_CodeTypedMeanwhileNotRecorded_StationRecovers()
    {
        var (waveOrder, station) = await AtStageAsync(FulfillmentStage.Pick, "S01");
        var (first, meanwhile) = (waveOrder.Lines[0].Barcode, waveOrder.Lines[1].Barcode);
        var page = await browser.SignedInPageAsync("warehouse");
        var link = await CircuitLink.RouteAsync(page);
        var screen = await OpenAsync(page, station, waveOrder);
        await screen.ScanAsync(first, ScanVerdict.Accepted);
        await Assertions.Expect(page.GetByTestId("connection-lost")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("reconnect-banner")).ToBeHiddenAsync();

        link.Silence();
        await page.Keyboard.TypeAsync(meanwhile + "\n");
        var slow = new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 };
        await Assertions.Expect(page.GetByTestId("connection-lost")).ToBeVisibleAsync(slow);
        await Assertions.Expect(page.GetByTestId("station")).ToHaveAttributeAsync("data-connection", "lost");
        await Assertions.Expect(page.GetByTestId("scan-input")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("unrecorded")).ToHaveTextAsync(meanwhile);
        Assert.Equal<string>([first], await AcceptedAsync(waveOrder));

        await link.DropAsync();
        await Assertions.Expect(page.GetByTestId("reconnect-banner")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 5_000 });
        await Assertions.Expect(page.GetByTestId("reconnect-banner")).ToContainTextAsync("Nothing you do now is saved");

        await link.RestoreAsync();
        await Assertions.Expect(page.GetByTestId("reconnect-banner")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 15_000 });
        // The next heartbeat says the circuit is back, without waiting for the lost scan's call to give up.
        await Assertions.Expect(page.GetByTestId("connection-lost")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("scan-input")).ToBeEnabledAsync();
        // Listed once, although both the heartbeat and the scan's own time-out gave it up.
        await Assertions.Expect(page.GetByTestId("unrecorded")).ToHaveTextAsync(meanwhile);
        await screen.ScanAsync(meanwhile, ScanVerdict.Accepted);
        await Assertions.Expect(page.GetByTestId("unrecorded")).ToHaveTextAsync("");
        Assert.Equal<string>([first, meanwhile], await AcceptedAsync(waveOrder));
        await page.Context.CloseAsync();
    }

    /// <summary>A station whose socket closes sees it at once (Blazor's reconnect event), before any heartbeat or scan.</summary>
    [Fact]
    public async Task Pick_SocketCloses_StationLocksAtOnce_WithTheReconnectBanner_InChinese()
    {
        var (waveOrder, station) = await AtStageAsync(FulfillmentStage.Pick, "S02");
        var page = await browser.SignedInPageAsync("warehouse", culture: "zh-CN");
        var link = await CircuitLink.RouteAsync(page);
        await page.GotoAsync($"/culture/zh-Hans?returnUrl={Uri.EscapeDataString(station.Href)}");
        await new StationScreen(page).ReadyAsync();

        await link.DropAsync();
        var soon = new LocatorAssertionsToBeVisibleOptions { Timeout = 1_500 }; // the heartbeat alone would need up to 10 s
        await Assertions.Expect(page.GetByTestId("connection-lost")).ToBeVisibleAsync(soon);
        await Assertions.Expect(page.GetByTestId("scan-input")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("reconnect-banner")).ToContainTextAsync("正在重新连接");

        await link.RestoreAsync();
        await Assertions.Expect(page.GetByTestId("reconnect-banner")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("connection-lost")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("scan-input")).ToBeEnabledAsync();
        Assert.Empty(await AcceptedAsync(waveOrder));
        await page.Context.CloseAsync();
    }

    private Support.OrderDeskApp App => browser.App;

    /// <summary>A fresh order released in a wave and taken by an earlier shift up to <paramref name="stage"/>; and a station of its warehouse there.</summary>
    private async Task<(WaveOrder WaveOrder, StationChoice Station)> AtStageAsync(FulfillmentStage stage, string stationSuffix)
    {
        var orderId = await FulfillmentTestOrders.ReadyAsync(App);
        WaveOrder waveOrder;
        string warehouseCode;
        await using (var db = await App.DbAsync())
        {
            var warehouseId = (await db.Orders.SingleAsync(o => o.Id == orderId, Ct)).WarehouseId!.Value;
            warehouseCode = await db.Warehouses.Where(w => w.Id == warehouseId).Select(w => w.Code).SingleAsync(Ct);
            var wave = await App.Get<WaveDesk>().ReleaseManualAsync(warehouseId, [orderId], "browser test", Ct);
            waveOrder = await db.WaveOrders.Include(o => o.Lines).AsNoTracking().SingleAsync(o => o.WaveId == wave.Id, Ct);
        }
        if (stage != FulfillmentStage.Pick)
            await FulfillmentTestRuns.ShipAsync(App, waveOrder.Id, s_before, s_before, blockedScan: false, stopAt: stage, Ct);
        return (waveOrder, new StationChoice(waveOrder.WarehouseId, $"{warehouseCode}-{stationSuffix}", stage));
    }

    /// <summary>The station's address typed in, and the order opened by scanning its slip.</summary>
    private static async Task<StationScreen> OpenAsync(IPage page, StationChoice station, WaveOrder waveOrder)
    {
        await page.GotoAsync(station.Href);
        var screen = new StationScreen(page);
        await screen.ReadyAsync();
        await screen.ScanAsync(waveOrder.OrderBarcode, ScanVerdict.Accepted);
        await Assertions.Expect(page.GetByTestId("order-number")).ToHaveTextAsync(waveOrder.OrderNumber);
        return screen;
    }

    private static IQueryable<AuditEntry> Overrides(Data.OrderDeskDbContext db, WaveOrder waveOrder)
    {
        var id = waveOrder.Id.ToString(CultureInfo.InvariantCulture);
        return db.AuditEntries.Where(a => a.EntityType == nameof(WaveOrder) && a.EntityId == id && a.Action == "Override");
    }

    private async Task<List<string>> AcceptedAsync(WaveOrder waveOrder)
    {
        await using var db = await App.DbAsync();
        return await db.ScanEvents.Where(e => e.WaveOrderId == waveOrder.Id && e.Stage == FulfillmentStage.Pick && e.Verdict == ScanVerdict.Accepted)
            .OrderBy(e => e.Id).Select(e => e.Input).ToListAsync(Ct);
    }

    /// <summary>The page's Blazor WebSocket, passed through Playwright so a test can cut it and let it back.</summary>
    private sealed class CircuitLink
    {
        private readonly IPage _page;
        private (IWebSocketRoute Page, IWebSocketRoute Server)? _open;
        private bool _down;
        private bool _silent;

        private CircuitLink(IPage page) => _page = page;

        public static async Task<CircuitLink> RouteAsync(IPage page)
        {
            var link = new CircuitLink(page);
            await page.RouteWebSocketAsync(new Regex("/_blazor"), ws =>
            {
                if (link._down)
                {
                    _ = ws.CloseAsync(new WebSocketRouteCloseOptions { Code = 1011, Reason = "offline" });
                    return;
                }
                var server = ws.ConnectToServer();
                link._silent = false;
                // The page's frames pass on unless the line is silent; the server's pass on by themselves.
                ws.OnMessage(frame =>
                {
                    if (link._silent) return;
                    if (frame.Binary is { } bytes) server.Send(bytes);
                    else server.Send(frame.Text!);
                });
                link._open = (ws, server);
            });
            return link;
        }

        /// <summary>The page's frames go nowhere from now on; the socket stays open.</summary>
        public void Silence() => _silent = true;

        public async Task DropAsync()
        {
            _down = true;
            await _page.Context.SetOfflineAsync(true);
            if (_open is not { } open) throw new InvalidOperationException("The page has no circuit to drop.");
            _open = null;
            await open.Server.CloseAsync(new WebSocketRouteCloseOptions { Code = 1011, Reason = "cable pulled" });
            await open.Page.CloseAsync(new WebSocketRouteCloseOptions { Code = 1011, Reason = "cable pulled" });
        }

        public async Task RestoreAsync()
        {
            _down = false;
            await _page.Context.SetOfflineAsync(false);
        }
    }
}
