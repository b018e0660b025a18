using System.Net;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;
using OrderDesk.Features.Fulfillment.Carriers;
using OrderDesk.Features.Fulfillment.Stations;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

public sealed class CarrierAdvisorTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CarrierAdvisor Advisor => app.Get<CarrierAdvisor>();

    [Fact]
    public async Task Carriers_Seeded_SevenWithZtoDefault()
    {
        var carriers = await Advisor.CarriersAsync(Ct);

        Assert.Equal(["ZTO", "SF", "JD", "YTO", "YUNDA", "STO", "EMS"], carriers.Select(c => c.Code));
        Assert.True(carriers[0].IsDefault);
        Assert.Single(carriers, c => c.IsDefault);
        Assert.Equal("中国邮政EMS", carriers.Single(c => c.Code == "EMS").NameZh);
    }

    [Fact]
    public async Task Advise_DemoOrderWithFragileItem_SfByFragileRule()
    {
        var (fragile, _) = await DemoOrdersAsync();
        var order = fragile.First();

        var advice = await Advisor.AdviseAsync(order.Id, Ct);

        Assert.Equal("SF", advice.CarrierCode);
        Assert.Equal("SF Express", advice.CarrierName);
        Assert.Equal("标快/Standard", advice.Service);
        Assert.Equal(DemoCarrierRules.Fragile, advice.RuleName);
        Assert.NotNull(advice.RuleId);
        Assert.True(advice.Facts.Handling.HasFlag(HandlingFlags.Fragile));
        Assert.Equal(order.ReceiverProvince, advice.Facts.Province);
    }

    [Fact]
    public async Task Advise_RemoteDemoOrderOfRegularValue_EmsAndTraceExplainsEarlierRules()
    {
        var (_, remoteOrdinary) = await DemoOrdersAsync();
        var order = remoteOrdinary.First();

        var advice = await Advisor.AdviseAsync(order.Id, Ct);

        Assert.Equal("EMS", advice.CarrierCode);
        Assert.Equal(DemoCarrierRules.Remote, advice.RuleName);
        Assert.True(advice.Facts.Remote);
        var passed = advice.Passed.ToList();
        Assert.Equal([DemoCarrierRules.Fragile, DemoCarrierRules.Vip, DemoCarrierRules.HighValue], passed.Select(v => v.RuleName));
        Assert.Equal([CarrierCondition.Handling, CarrierCondition.Tier, CarrierCondition.MinAmount],
            passed.Select(v => Assert.Single(v.Failed).Condition));
        Assert.Equal(CarrierCondition.Remote, Assert.Single(advice.Winner!.Satisfied).Condition);
    }

    [Fact]
    public async Task PackingAdvice_DemoOrderWithFragileItem_RuleAdviceAsDetailAndTheEnabledCarriersInOrder()
    {
        var (fragile, _) = await DemoOrdersAsync();
        var order = fragile.First();

        var packing = await app.Get<IPackingAdvice>().AdviseAsync(order.Id, Ct);

        Assert.Equal(("SF", "标快/Standard", DemoCarrierRules.Fragile), (packing.CarrierCode, packing.Service, packing.RuleName));
        var advice = await Advisor.AdviseAsync(order.Id, Ct);
        Assert.Equal((advice.RuleId, advice.Facts.WeightGrams, advice.Facts.Handling),
            (packing.Detail.RuleId, packing.Detail.Facts.WeightGrams, packing.Detail.Facts.Handling));
        Assert.Equal(advice.Trace.Select(v => (v.RuleId, v.Outcome)), packing.Detail.Trace.Select(v => (v.RuleId, v.Outcome)));
        Assert.Equal((await Advisor.CarriersAsync(Ct)).Where(c => c.Enabled).Select(c => c.Code), packing.Carriers.Select(c => c.Code));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => app.Get<IPackingAdvice>().AdviseAsync(long.MaxValue, Ct));
    }

    [Fact]
    public async Task FindOrder_ByPlatformIdOrInternalId_SameOrder()
    {
        await using var db = await app.DbAsync();
        var order = await db.Orders.OrderBy(o => o.Id).Skip(7).FirstAsync(Ct);

        var byPlatformId = await Advisor.FindOrderAsync(" " + order.PlatformOrderId + " ", Ct);
        var byId = await Advisor.FindOrderAsync(order.Id.ToString(), Ct);

        Assert.Equal(order.Id, byPlatformId?.Id);
        Assert.Equal(order.Id, byId?.Id);
        Assert.Null(await Advisor.FindOrderAsync("no-such-order", Ct));
    }

    [Fact]
    public async Task Advise_UnknownOrder_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Advisor.AdviseAsync(long.MaxValue, Ct));
    }

    [Fact]
    public async Task Page_AsAdminWithOrderQuery_RendersTestResult()
    {
        var (fragile, _) = await DemoOrdersAsync();
        var client = await app.SignedInAsync("admin@demo.orderdesk");

        var response = await client.GetAsync($"/fulfillment/carrier-rules?order={fragile.First().PlatformOrderId}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"advice-winner\"", html);
        Assert.Contains("Fragile goods", html); // the arrow after it is entity-encoded
    }

    [Fact]
    public async Task Page_AsWarehouse_Refused()
    {
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var response = await client.GetAsync("/fulfillment/carrier-rules", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Demo orders with a fragile SKU; and remote ones with no flagged SKU, a non-VIP buyer and under ¥500 paid.</summary>
    private async Task<(List<Domain.Orders.Order> Fragile, List<Domain.Orders.Order> RemoteOrdinary)> DemoOrdersAsync()
    {
        await using var db = await app.DbAsync();
        var skus = await db.Skus.AsNoTracking().ToDictionaryAsync(s => s.Code, Ct);
        var tiers = await db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Tier, Ct);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).OrderBy(o => o.Id).ToListAsync(Ct);
        var remote = RegionCatalog.Load().Provinces.Where(p => p.Remote).Select(p => p.Name).ToHashSet();
        bool Known(Domain.Orders.Order o) => o.Lines.All(l => skus.ContainsKey(l.SkuCode));
        HandlingFlags Flags(Domain.Orders.Order o) => o.Lines.Aggregate(HandlingFlags.None, (f, l) => f | skus[l.SkuCode].Handling);

        var fragile = orders.Where(o => Known(o) && Flags(o).HasFlag(HandlingFlags.Fragile)).ToList();
        var remoteOrdinary = orders.Where(o => Known(o) && remote.Contains(o.ReceiverProvince)
            && (Flags(o) & HandlingFlags.Fragile) == 0
            && (o.CustomerId is not { } c || tiers[c] != CustomerTier.Vip)
            && o.PaidAmount < Money.FromYuan(500)).ToList();
        Assert.NotEmpty(fragile);
        Assert.NotEmpty(remoteOrdinary);
        return (fragile, remoteOrdinary);
    }
}
