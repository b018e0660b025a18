using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Demo;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Demo;

/// <summary>What a fresh demo database holds, read back through EF as the screens will read it.</summary>
public sealed partial class DemoDataTests(DemoDataTests.App app) : IClassFixture<DemoDataTests.App>
{
    public sealed class App : OrderDeskApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string WaveSource = "wave by";
    private static readonly OrderStatus[] s_open = [OrderStatus.Paid, OrderStatus.InFulfillment];

    [Fact]
    public async Task Warehouses_Seeded_ThreeInDifferentRegions()
    {
        await using var db = await app.DbAsync();
        var warehouses = await db.Warehouses.ToListAsync(Ct);

        Assert.Equal(3, warehouses.Count);
        Assert.Equal(3, warehouses.Select(w => RegionCatalog.FindProvince(w.Province)!.Region).Distinct().Count());
        Assert.All(warehouses, w => Assert.Matches("^[A-Z]{2}-0[1-9]$", w.Code));
    }

    [Fact]
    public async Task Shops_Seeded_CoverEveryPlatformAndTmallWithOwnerWarehouseAndSimulator()
    {
        await using var db = await app.DbAsync();
        var shops = await db.Shops.ToListAsync(Ct);
        var ops = await db.Users.SingleAsync(u => u.Email == DemoSeeder.OwnerEmail, Ct);
        var warehouseIds = await db.Warehouses.Select(w => w.Id).ToListAsync(Ct);

        Assert.True(shops.Count >= 6, $"{shops.Count} shops");
        Assert.Equal(Enum.GetValues<Platform>().Order(), shops.Select(s => s.Platform).Distinct().Order());
        Assert.Contains(shops, s => s.IsTmall && s.Platform == Platform.Taobao);
        Assert.All(shops, s =>
        {
            Assert.True(s.Enabled);
            Assert.Equal(ops.Id, s.OwnerUserId);
            Assert.Contains(s.DefaultWarehouseId, warehouseIds);
            Assert.StartsWith("/sim/", s.ApiBaseUrl);
        });
    }

    [Fact]
    public async Task ShopCredentials_Seeded_StoredEncryptedAndReadableBack()
    {
        await using var db = await app.DbAsync();
        var credentials = app.Get<ShopCredentials>();

        foreach (var shop in await db.Shops.ToListAsync(Ct))
        {
            var secret = credentials.Read(shop);
            Assert.NotNull(secret);
            Assert.True(secret.AppSecret.Length >= 32, shop.Code);
            Assert.DoesNotContain(secret.AppSecret, shop.ProtectedCredentials);
            Assert.DoesNotContain(secret.AppKey, shop.ProtectedCredentials);
            Assert.DoesNotContain(secret.AppSecret, shop.CredentialsHint);
        }
    }

    [Fact]
    public async Task Skus_Seeded_AtLeast300WithUniqueCodesAndValidUniqueBarcodes()
    {
        await using var db = await app.DbAsync();
        var skus = await db.Skus.Where(s => s.Barcode.StartsWith("6975312")).ToListAsync(Ct);

        Assert.True(skus.Count >= 300, $"{skus.Count} SKUs");
        Assert.Equal(skus.Count, skus.Select(s => s.Code).Distinct().Count());
        Assert.Equal(skus.Count, skus.Select(s => s.Barcode).Distinct().Count());
        Assert.All(skus, s =>
        {
            Assert.True(Ean13.IsValid(s.Barcode), s.Barcode);
            Assert.InRange(s.WeightGrams, 20, 5_000);
            Assert.True(s.Price.Fen > 0 && s.LengthMm > 0 && s.WidthMm > 0 && s.HeightMm > 0, s.Code);
            Assert.Equal($"/sku-images/{s.Code}.svg", s.ImagePath);
        });
        Assert.Contains(skus, s => s.Handling.HasFlag(HandlingFlags.Fragile | HandlingFlags.ThisSideUp));
        Assert.Contains(skus, s => s.Handling.HasFlag(HandlingFlags.KeepDry));
        Assert.Contains(skus, s => s.Handling.HasFlag(HandlingFlags.Liquid));
        Assert.True(skus.Select(s => s.Category).Distinct().Count() >= 7);
    }

    [Fact]
    public async Task Stock_Seeded_EverySkuInEveryWarehouseWithOpenOrdersReserved()
    {
        await using var db = await app.DbAsync();
        var stocks = await db.SkuStocks.ToListAsync(Ct);
        var codes = await db.Skus.ToDictionaryAsync(s => s.Id, s => s.Code, Ct);
        var open = await db.Orders.Where(o => s_open.Contains(o.Status)).Include(o => o.Lines).ToListAsync(Ct);
        var expected = open.SelectMany(o => o.Lines.Select(l => (l.SkuCode, Warehouse: o.WarehouseId!.Value, l.Quantity)))
            .GroupBy(l => (l.SkuCode, l.Warehouse)).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));

        Assert.Equal(codes.Count * await db.Warehouses.CountAsync(Ct), stocks.Count);
        Assert.All(stocks, s =>
        {
            Assert.InRange(s.Reserved, 0, s.OnHand);
            Assert.Equal(expected.GetValueOrDefault((codes[s.SkuId], s.WarehouseId)), s.Reserved);
        });
        Assert.Contains(stocks, s => s.Reserved > 0);
    }

    [Fact]
    public async Task Customers_Seeded_AtLeast2000WithChineseNamesAndCountersMatchingOrders()
    {
        await using var db = await app.DbAsync();
        var customers = await db.Customers.ToListAsync(Ct);
        var orderCounts = await db.Orders.GroupBy(o => o.CustomerId).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id ?? 0, g => g.Count, Ct);
        var refundCounts = await db.Orders.Where(o => o.Status == OrderStatus.Refunded).GroupBy(o => o.CustomerId)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id ?? 0, g => g.Count, Ct);

        Assert.True(customers.Count >= 2_000, $"{customers.Count} customers");
        Assert.Equal(Enum.GetValues<Platform>().Order(), customers.Select(c => c.Platform).Distinct().Order());
        Assert.True(customers.Select(c => c.Tier).Distinct().Count() >= 3);
        Assert.False(orderCounts.ContainsKey(0), "every order has a customer");
        Assert.All(customers, c =>
        {
            Assert.Matches(HanName(), c.DisplayName);
            Assert.Equal(orderCounts.GetValueOrDefault(c.Id), c.OrderCount);
            Assert.Equal(refundCounts.GetValueOrDefault(c.Id), c.RefundCount);
        });
    }

    [Fact]
    public async Task Orders_Seeded_ReceiversHaveRealAddressesAndPlausiblePhones()
    {
        await using var db = await app.DbAsync();
        var orders = await db.Orders.AsNoTracking().ToListAsync(Ct);

        Assert.All(orders, o =>
        {
            Assert.True(RegionCatalog.IsConsistent(o.ReceiverProvince, o.ReceiverCity, o.ReceiverDistrict),
                $"{o.ReceiverProvince} {o.ReceiverCity} {o.ReceiverDistrict}");
            Assert.Matches(HanName(), o.ReceiverName);
            Assert.Matches(@"^\d{6}$", o.ReceiverPostalCode);
            if (o.ReceiverPhone.Length == 0) Assert.True(o.HasException, "only a flagged order lacks a phone");
            else if (o.ReceiverPhone.Contains('*'))
            {
                Assert.Matches(@"^1[3-9]\d\*{4}\d{4}$", o.ReceiverPhone);
                Assert.Contains(o.Platform, new[] { Platform.Taobao, Platform.Pinduoduo });
            }
            else Assert.Matches(@"^1[3-9]\d{9}$", o.ReceiverPhone);
        });
        Assert.Contains(orders, o => o.ReceiverPhone.Contains('*'));
        Assert.Contains(orders, o => o.ReceiverPhone.Length == 11 && !o.ReceiverPhone.Contains('*'));
    }

    [Fact]
    public async Task Orders_Seeded_SpanTheHistoryWithStatusesThatFitTheirAge()
    {
        await using var db = await app.DbAsync();
        var now = app.Clock.GetUtcNow();
        var orders = await db.Orders.AsNoTracking().Include(o => o.StatusHistory).ToListAsync(Ct);

        Assert.Equal(600, orders.Count);
        Assert.All(orders, o => Assert.InRange(o.PlatformCreatedAt, now.AddDays(-30), now));
        Assert.True(orders.Min(o => o.PlatformCreatedAt) < now.AddDays(-27));
        Assert.True(orders.Max(o => o.PlatformCreatedAt) > now.AddHours(-6));
        Assert.All(orders, o =>
        {
            var age = now - o.PlatformCreatedAt;
            if (o.Status == OrderStatus.PendingPayment) Assert.True(age < TimeSpan.FromDays(1), $"{o.Key} unpaid for {age}");
            if (o.Status is OrderStatus.Paid or OrderStatus.InFulfillment)
                Assert.True(age < TimeSpan.FromDays(o.HasException ? 4 : 2), $"{o.Key} still {o.Status} after {age}");
            if (o.Status is OrderStatus.Delivered or OrderStatus.Completed) Assert.True(age > TimeSpan.FromHours(20), $"{o.Key} {o.Status} after {age}");
            if (age > TimeSpan.FromDays(10))
                Assert.Contains(o.Status, new[] { OrderStatus.Delivered, OrderStatus.Completed, OrderStatus.Cancelled, OrderStatus.Refunded });
        });
        var statuses = orders.Select(o => o.Status).ToHashSet();
        Assert.Superset(new HashSet<OrderStatus> { OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Completed, OrderStatus.Cancelled, OrderStatus.Refunded }, statuses);
        Assert.Contains(orders, o => o.HasException);
        Assert.Contains(orders, o => o.BuyerMessage.Length > 0);
        Assert.Contains(orders, o => o.SellerMemo.Length > 0);
    }

    [Fact]
    public async Task Orders_Seeded_HistoryFollowsTheLifecycleAndTimesAreInOrder()
    {
        await using var db = await app.DbAsync();
        var orders = await db.Orders.AsNoTracking().Include(o => o.StatusHistory).ToListAsync(Ct);

        Assert.All(orders, o =>
        {
            var steps = o.StatusHistory.OrderBy(s => s.At).ThenBy(s => s.Id).ToList();
            Assert.Null(steps[0].From);
            Assert.Equal(o.PlatformCreatedAt, steps[0].At);
            for (var i = 1; i < steps.Count; i++)
            {
                Assert.Equal(steps[i - 1].To, steps[i].From);
                Assert.True(OrderLifecycle.CanMove(steps[i - 1].To, steps[i].To), $"{o.Key}: {steps[i - 1].To} → {steps[i].To}");
            }
            Assert.Equal(o.Status, steps[^1].To);
            // The demo's waves move a few paid orders into fulfilment here; the platform did not change them.
            Assert.Equal(steps.Last(s => !s.Source.StartsWith(WaveSource, StringComparison.Ordinal)).At, o.PlatformModifiedAt);
            Assert.Equal(steps.FirstOrDefault(s => s.To == OrderStatus.Paid)?.At, o.PaidAt);
            Assert.Equal(o.PaidAt is not null, o.WarehouseId is not null);
            Assert.InRange(o.IngestedAt - o.PlatformCreatedAt, TimeSpan.Zero, TimeSpan.FromMinutes(5));
            Assert.NotNull(o.CustomerId);
        });
    }

    [Fact]
    public async Task Orders_Seeded_AmountsAddUpAndGiftLinesAreFree()
    {
        await using var db = await app.DbAsync();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).ToListAsync(Ct);

        Assert.All(orders, o =>
        {
            Assert.InRange(o.Lines.Count(l => !l.IsGift), 1, 4);
            Assert.Equal(o.GoodsAmount + o.ShippingFee - o.Discount, o.PaidAmount);
            Assert.Equal(o.Lines.Where(l => !l.IsGift).Sum(l => l.Total.Fen), o.GoodsAmount.Fen);
            Assert.All(o.Lines.Where(l => l.IsGift), l => Assert.Equal(Money.Zero, l.UnitPrice));
        });
        Assert.Contains(orders, o => o.Lines.Any(l => l.IsGift));
        Assert.Contains(orders, o => o.Discount.Fen > 0);
        Assert.Contains(orders, o => o.ShippingFee.Fen > 0);
    }

    [Fact]
    public async Task Orders_Seeded_PlatformOrderIdsHaveEachPlatformsShape()
    {
        await using var db = await app.DbAsync();
        var orders = await db.Orders.AsNoTracking().ToListAsync(Ct);

        Assert.All(orders, o =>
        {
            switch (o.Platform)
            {
                case Platform.Taobao: Assert.Matches(@"^\d{19}$", o.PlatformOrderId); break;
                case Platform.Jd: Assert.Matches(@"^\d{12}$", o.PlatformOrderId); break;
                case Platform.Pinduoduo:
                    Assert.Matches(@"^\d{6}-\d{15}$", o.PlatformOrderId);
                    Assert.StartsWith(o.PlatformCreatedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyMMdd"), o.PlatformOrderId);
                    break;
                default: Assert.Matches(@"^\d{6}$", o.PlatformOrderId); break;
            }
        });
    }

    // Han characters only: surname and given name written together, no space.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex HanName();
}
