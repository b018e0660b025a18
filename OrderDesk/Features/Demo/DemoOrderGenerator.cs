using System.Globalization;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

public sealed record DemoShop(Shop Shop, DemoShopSpec Spec);

public sealed record DemoWarehouse(Warehouse Warehouse, DemoWarehouseSpec Spec);

/// <summary>A generated order and the customer who placed it (whose database id is not known yet).</summary>
public sealed record DemoOrder(Order Order, DemoBuyer Buyer);

/// <summary>
/// Builds the order history: who ordered what, when, from which shop, and how far each order has got
/// by now. Everything comes from one <see cref="Random"/>, so a seed always gives the same history.
/// </summary>
public sealed class DemoOrderGenerator(
    Random random, DateTimeOffset now, IReadOnlyList<DemoShop> shops, IReadOnlyList<DemoWarehouse> warehouses,
    IReadOnlyList<DemoSku> skus, DemoBuyers buyers)
{
    public const string Source = "demo";

    /// <summary>Orders this recent may still be stuck on an exception; older ones were sorted out long ago.</summary>
    public static readonly TimeSpan ExceptionWindow = TimeSpan.FromDays(4);

    private readonly DemoLines _lines = new(random, skus);
    private readonly HashSet<string> _orderIds = [];
    private readonly Dictionary<string, int> _webNumbers = [];

    public List<DemoOrder> Generate(int orderCount, int historyDays)
    {
        var from = now.AddDays(-historyDays);
        var placed = new List<(DateTimeOffset At, int Shop)>(orderCount);
        var counts = Split(orderCount);
        for (var s = 0; s < shops.Count; s++)
            placed.AddRange(DemoTraffic.Sample(random, shops[s].Shop.Platform, counts[s], from, now).Select(t => (t, s)));
        placed.Sort();

        var recent = placed.Count(p => now - p.At < ExceptionWindow);
        var exceptionRate = Math.Min(0.5, Math.Max(0.006, 4.0 / Math.Max(1, recent)));
        var orders = new List<DemoOrder>(orderCount);
        foreach (var (at, shop) in placed) orders.Add(Build(shops[shop], at, exceptionRate));
        return orders;
    }

    private DemoOrder Build(DemoShop shop, DateTimeOffset created, double exceptionRate)
    {
        var platform = shop.Shop.Platform;
        var buyer = buyers.Pick(platform, random);
        var hold = now - created < ExceptionWindow && random.NextDouble() < exceptionRate ? DrawHold() : Hold.None;

        var lines = _lines.Pick(shop, buyer);
        // A listing whose outer code was never set up here: the product's code with another model number.
        var unknownSku = hold == Hold.UnknownSku ? $"{lines[0].SkuCode[..2]}02{lines[0].SkuCode[4..]}" : null;
        if (unknownSku is not null)
            lines[0] = new OrderLine(unknownSku, lines[0].Name, lines[0].VariantText, lines[0].Quantity, lines[0].UnitPrice, false);
        var address = buyer.Office is { } office && random.NextDouble() < 0.35 ? office : buyer.Home;
        var receiver = new Receiver(
            random.NextDouble() < 0.85 ? buyer.Name : ChineseNames.Next(random),
            hold == Hold.PhoneMissing ? "" : PhoneAsSent(platform, buyer.Phone),
            address.Province.Name, address.City.Name, address.District, address.Detail, address.PostalCode);
        var warehouse = WarehouseFor(shop, address.Province);
        var amounts = _lines.Amounts(shop, buyer, lines, address.Province.Remote);

        var steps = DemoTimeline.Steps(random, now, created, platform, stuck: hold != Hold.None,
            sameRegion: warehouse.Spec.Serves.Contains(address.Province.Region), address.Province.Remote);
        var key = OrderKey.Of(platform, shop.Shop.Code, NextOrderId(shop, created));
        var order = Order.Create(key, shop.Shop.Id, OrderStatus.PendingPayment, receiver, lines, amounts, created, null,
            steps[^1].At, Min(created + IngestDelay(platform), now), Source);
        foreach (var (status, at) in steps.Skip(1)) order.MoveTo(status, at, Source);
        if (order.PaidAt is not null) order.AssignWarehouse(warehouse.Warehouse.Id);

        if (random.NextDouble() < 0.1) order.AddNotes(DemoNotes.BuyerMessage(random), "");
        if (random.NextDouble() < 0.05) order.AddNotes(order.BuyerMessage, DemoNotes.SellerMemo(random));
        if (unknownSku is not null) order.FlagException($"Unknown SKU {unknownSku}: not in the catalogue");
        else if (hold == Hold.PhoneMissing) order.FlagException("Receiver phone missing: contact the buyer before shipping");
        else if (hold == Hold.AddressChange)
        {
            order.FlagException("Buyer asked to change the address: confirm before shipping");
            order.AddNotes("地址填错了，麻烦改到公司地址，谢谢！", order.SellerMemo);
        }

        buyer.Customer.CountOrder();
        if (order.Status == OrderStatus.Refunded)
        {
            buyer.Customer.CountRefund();
            if (random.NextDouble() < 0.2) buyer.Customer.CountDispute();
        }
        return new DemoOrder(order, buyer);
    }

    /// <summary>Why a recent order waits for a person; unknown SKUs are by far the most common.</summary>
    private enum Hold { None, UnknownSku, PhoneMissing, AddressChange }

    private Hold DrawHold() => random.Next(10) switch
    {
        < 7 => Hold.UnknownSku,
        < 9 => Hold.PhoneMissing,
        _ => Hold.AddressChange,
    };

    /// <summary>Taobao and PDD often hand out only the masked number; it stays masked.</summary>
    private string PhoneAsSent(Platform platform, string phone)
    {
        var maskedShare = platform switch { Platform.Taobao => 0.4, Platform.Pinduoduo => 0.6, _ => 0.0 };
        return random.NextDouble() < maskedShare ? PhoneMask.Mask(phone) : phone;
    }

    private DemoWarehouse WarehouseFor(DemoShop shop, Province province)
    {
        var home = warehouses.First(w => w.Spec.Code == shop.Spec.WarehouseCode);
        return shop.Spec.RouteByRegion ? warehouses.FirstOrDefault(w => w.Spec.Serves.Contains(province.Region)) ?? home : home;
    }

    /// <summary>Each platform's id shape: Taobao 19 digits, JD 12, PDD yyMMdd-15 digits, the web shop a running number.</summary>
    private string NextOrderId(DemoShop shop, DateTimeOffset created)
    {
        while (true)
        {
            var id = shop.Shop.Platform switch
            {
                Platform.Taobao => random.NextInt64(2_000_000_000_000_000_000, 4_999_999_999_999_999_999).ToString(CultureInfo.InvariantCulture),
                Platform.Jd => random.NextInt64(300_000_000_000, 339_999_999_999).ToString(CultureInfo.InvariantCulture),
                Platform.Pinduoduo => created.ToOffset(DemoTraffic.ChinaOffset).ToString("yyMMdd", CultureInfo.InvariantCulture) + "-" +
                    random.NextInt64(100_000_000_000_000, 999_999_999_999_999).ToString(CultureInfo.InvariantCulture),
                _ => NextWebNumber(shop.Shop.Code),
            };
            if (_orderIds.Add(shop.Shop.Code + "/" + id)) return id;
        }
    }

    private string NextWebNumber(string shopCode)
    {
        var next = _webNumbers.GetValueOrDefault(shopCode, 100_000) + 1;
        _webNumbers[shopCode] = next;
        return next.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Platform creation to ingestion: Taobao pushes, JD and PDD are pulled each minute or two, the web shop calls a webhook.</summary>
    private TimeSpan IngestDelay(Platform platform)
    {
        var seconds = platform switch
        {
            Platform.Taobao => random.NextDouble() < 0.03 ? Between(60, 300) : Between(2, 20),
            Platform.Jd => Between(20, 120),
            Platform.Pinduoduo => Between(30, 180),
            _ => Between(1, 5),
        };
        return TimeSpan.FromSeconds(seconds);
    }

    private double Between(double min, double max) => min + (max - min) * random.NextDouble();

    private int[] Split(int total)
    {
        var shares = shops.Select(s => s.Spec.Share * total / shops.Sum(x => x.Spec.Share)).ToArray();
        var counts = shares.Select(s => (int)s).ToArray();
        foreach (var i in Enumerable.Range(0, shops.Count).OrderByDescending(i => shares[i] - counts[i]).Take(total - counts.Sum()))
            counts[i]++;
        return counts;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
