using System.Net;
using OrderDesk.Features.Ingestion.Simulators;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Simulators;

/// <summary>The simulated platforms' truth: deterministic from seed and clock, durable across restarts, moving orders along.</summary>
public sealed class SimulatedPlatformsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string[] s_shops = ["TM-YJ01", "TB-YJ01", "TB-TEA01", "JD-YJ01", "JD-DG01", "PDD-YJ01", "WEB-YJ01"];

    [Fact]
    public async Task Advance_SameSeedAndClock_GivesTheSameOrdersHoweverTimeIsChopped()
    {
        await using var once = new OrderDeskApp();
        await using var inSteps = new OrderDeskApp();
        var until = once.Clock.GetUtcNow().AddHours(3);

        var created = await once.Get<SimulatedPlatforms>().AdvanceAsync(until, Ct);
        for (var step = inSteps.Clock.GetUtcNow().AddMinutes(7); step < until; step = step.AddMinutes(37))
            await inSteps.Get<SimulatedPlatforms>().AdvanceAsync(step, Ct);
        await inSteps.Get<SimulatedPlatforms>().AdvanceAsync(until, Ct);

        Assert.True(created > 50, $"{created} orders in 4 hours across 7 shops");
        var expected = await FingerprintAsync(once, until);
        Assert.Equal(expected, await FingerprintAsync(inSteps, until));
        Assert.Contains(expected, line => line.Contains("|Paid|") || line.Contains("|Shipped|"));

        await using var otherSeed = new OrderDeskApp().With("OrderDesk:Simulators:Seed", "7");
        await otherSeed.Get<SimulatedPlatforms>().AdvanceAsync(until, Ct);
        Assert.NotEqual(expected, await FingerprintAsync(otherSeed, until));
    }

    [Fact]
    public async Task Advance_AcrossARestart_ContinuesTheSamePlatformState()
    {
        using var data = new TempDataDirectory();
        var start = TestClock.DefaultStart;
        List<string> beforeRestart;
        await using (var first = new OrderDeskApp().With("OrderDesk:DataDirectory", data.Path))
        {
            await first.Get<SimulatedPlatforms>().AdvanceAsync(start.AddHours(1), Ct);
            beforeRestart = await FingerprintAsync(first, start.AddHours(1));
        }

        await using var second = new OrderDeskApp().With("OrderDesk:DataDirectory", data.Path);
        var platforms = second.Get<SimulatedPlatforms>();
        Assert.Equal(start.AddHours(1), await platforms.AdvancedUntilAsync(Ct));
        Assert.Equal(beforeRestart, await FingerprintAsync(second, start.AddHours(1)));
        await platforms.AdvanceAsync(start.AddHours(2), Ct);

        await using var uninterrupted = new OrderDeskApp();
        await uninterrupted.Get<SimulatedPlatforms>().AdvanceAsync(start.AddHours(2), Ct);
        Assert.Equal(await FingerprintAsync(uninterrupted, start.AddHours(2)), await FingerprintAsync(second, start.AddHours(2)));
    }

    [Fact]
    public async Task Orders_MoveThroughTheirLifecycle_EachChangeBumpingModified()
    {
        await using var app = new OrderDeskApp().With("OrderDesk:Simulators:ArrivalsPerMinute", "0.05");
        var platforms = app.Get<SimulatedPlatforms>();
        var now = app.Clock.GetUtcNow();
        await platforms.AdvanceAsync(now.AddDays(6), Ct);

        var ids = await platforms.ListOrderIdsAsync("TB-YJ01", now.AddDays(-1), now.AddDays(7), Ct);
        var orders = new List<SimOrder>();
        foreach (var id in ids) orders.Add((await platforms.FindAsync("TB-YJ01", id, Ct))!);
        var early = orders.Where(o => o.Created < now.AddDays(1)).ToList();
        Assert.NotEmpty(early);
        Assert.Contains(early, o => o.State == SimState.Finished);
        Assert.Contains(early, o => o.State == SimState.Closed);
        Assert.All(orders, o => Assert.True(o.Modified >= o.Created));
        Assert.All(orders.Where(o => o.Version > 0), o => Assert.True(o.Modified > o.Created));
    }

    [Fact]
    public async Task ChangeAsync_AppliesNowOrRefusesWhatTheStateForbids()
    {
        await using var app = new OrderDeskApp();
        var platforms = app.Get<SimulatedPlatforms>();
        var order = await platforms.AddOrderAsync("JD-YJ01", ct: Ct); // JD lists paid orders only
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var shipped = await platforms.ChangeAsync("JD-YJ01", order.OrderId, SimChange.Ship, ct: Ct);
        var backdated = await platforms.ChangeAsync("JD-YJ01", order.OrderId, SimChange.RequestRefund, app.Clock.GetUtcNow().AddMinutes(-2), Ct);

        Assert.Equal(SimState.Shipped, shipped.State);
        Assert.Equal(app.Clock.GetUtcNow(), shipped.Modified);
        Assert.Equal(SimRefund.Requested, backdated.Refund);
        Assert.Equal(shipped.Modified.AddSeconds(1), backdated.Modified); // never before the previous modification
        await Assert.ThrowsAsync<InvalidOperationException>(() => platforms.ChangeAsync("JD-YJ01", order.OrderId, SimChange.Pay, ct: Ct));
        Assert.Equal([order.OrderId], await platforms.ListOrderIdsAsync("JD-YJ01", shipped.Modified, shipped.Modified.AddMinutes(1), Ct));
    }

    [Fact]
    public async Task LateChange_AtFullRate_StampsChangesMinutesBeforeTheyHappen()
    {
        await using var app = new OrderDeskApp().With("OrderDesk:Simulators:ArrivalsPerMinute", "0");
        var platforms = app.Get<SimulatedPlatforms>();
        var late = SimulatorFaults.None();
        late.LateChange = 1;
        platforms.Faults.Set(late);
        var order = await platforms.AddOrderAsync("PDD-YJ01", ct: Ct);
        var due = order.NextChangeAt!.Value;

        await platforms.AdvanceAsync(due, Ct);

        var changed = (await platforms.FindAsync("PDD-YJ01", order.OrderId, Ct))!;
        Assert.Equal(order.Version + 1, changed.Version);
        Assert.InRange(changed.Modified, order.Modified, due.AddMinutes(-1));
    }

    [Fact]
    public async Task Endpoints_SimulatorsDisabled_AreNotThere()
    {
        await using var app = new PlainApp();
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/sim/taobao/router/rest", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Every order of every demo shop as one line: id, state, refund, times, lines.</summary>
    private static async Task<List<string>> FingerprintAsync(OrderDeskApp app, DateTimeOffset until)
    {
        var platforms = app.Get<SimulatedPlatforms>();
        var lines = new List<string>();
        foreach (var shop in s_shops)
        {
            foreach (var id in await platforms.ListOrderIdsAsync(shop, until.AddDays(-30), until.AddDays(30), Ct))
            {
                var o = (await platforms.FindAsync(shop, id, Ct))!;
                lines.Add($"{shop}|{id}|{o.State}|{o.Refund}|{o.Created:O}|{o.Modified:O}|{o.Receiver.Name}|" +
                          string.Join(",", o.Lines.Select(l => $"{l.SkuCode}x{l.Quantity}")) + $"|{o.NextChange}@{o.NextChangeAt:O}");
            }
        }
        return lines;
    }
}
