using System.Globalization;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Demo;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// Places a new order on a simulated platform: a buyer with a Chinese name and a real province/city/district
/// (the demo's region table and helpers), lines from OrderDesk's own SKU catalogue (now and then a code
/// OrderDesk does not know), and amounts that add up.
/// </summary>
public static class SimOrderFactory
{
    public static SimOrder Create(Random random, SimShop shop, long number, DateTimeOffset created,
        IReadOnlyList<SimSku> skus, SimulatorOptions options)
    {
        var platform = shop.Platform;
        var lines = Lines(random, shop, skus, options.UnknownSkuRate);
        var goods = lines.Where(l => !l.Gift).Sum(l => l.TotalFen);
        var shipping = platform switch
        {
            Platform.Pinduoduo => 0,
            Platform.Jd => goods >= 9_900 ? 0 : 600,
            Platform.WebShop => goods >= 19_900 ? 0 : 1_200,
            _ => goods >= 9_900 ? 0 : 800,
        };
        var discount = platform == Platform.Pinduoduo && random.NextDouble() < 0.4
            ? goods * random.Next(3, 16) / 100 / 100 * 100 // platform subsidy in whole yuan
            : goods >= 9_900 && random.NextDouble() < 0.2 ? 1_000 : 0;

        // PDD and JD list an order only once it is paid; Taobao and the web shop show it from checkout.
        var unpaid = platform is Platform.Taobao or Platform.WebShop && SimRandom.Chance(random, options.Changes.Unpaid);
        var name = ChineseNames.Next(random);
        var address = DemoContacts.Address(random, RegionCatalog.Load());
        return new SimOrder
        {
            ShopCode = shop.Code,
            Platform = platform,
            OrderId = OrderId(random, shop, number, created),
            Number = number,
            Created = created,
            Modified = created,
            PaidAt = unpaid ? null : created,
            State = unpaid ? SimState.WaitPay : SimState.Paid,
            BuyerId = BuyerId(random, platform),
            BuyerName = name,
            Receiver = new SimReceiver(name, DemoContacts.Mobile(random), address.Province.Name, address.City.Name,
                address.District, address.Detail, address.PostalCode,
                SimRandom.Chance(random, options.MaskedMobileRate), SimRandom.Chance(random, options.EmptyCityRate)),
            Lines = lines,
            ShippingFen = shipping,
            DiscountFen = Math.Min(discount, goods),
            BuyerMessage = random.NextDouble() < 0.15 ? DemoNotes.BuyerMessage(random) : "",
        };
    }

    /// <summary>A fresh address for the same buyer (address changes before shipping).</summary>
    public static SimReceiver Moved(Random random, SimReceiver receiver)
    {
        var address = DemoContacts.Address(random, RegionCatalog.Load());
        return receiver with
        {
            Province = address.Province.Name, City = address.City.Name, District = address.District,
            Detail = address.Detail, Zip = address.PostalCode,
        };
    }

    private static List<SimLine> Lines(Random random, SimShop shop, IReadOnlyList<SimSku> skus, double unknownSkuRate)
    {
        var categories = DemoStores.Shops.FirstOrDefault(s => s.Code == shop.Code)?.Categories;
        var listed = skus.Where(s => s.Category != DemoCatalog.Gifts && (categories is null || categories.Contains(s.Category))).ToList();
        var gifts = skus.Where(s => s.Category == DemoCatalog.Gifts).ToList();
        var draw = random.NextDouble();
        var count = shop.Platform == Platform.Pinduoduo ? (draw < 0.75 ? 1 : 2) : draw < 0.55 ? 1 : draw < 0.85 ? 2 : 3;
        var lines = new List<SimLine>(count + 1);
        for (var i = 0; i < count; i++)
        {
            var lineId = i + 1;
            var quantity = random.NextDouble() < 0.85 ? 1 : random.Next(2, 4);
            if (listed.Count == 0 || SimRandom.Chance(random, unknownSkuRate))
            {
                // A listing whose merchant code was typed by hand and matches nothing in OrderDesk's catalogue.
                var code = "NEW-" + random.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture);
                lines.Add(new SimLine(lineId, code, "新品预售 限时特惠", "默认", "", quantity, random.Next(29, 300) * 100, false));
                continue;
            }
            var sku = listed[random.Next(listed.Count)];
            if (lines.Any(l => l.SkuCode == sku.Code)) continue;
            lines.Add(new SimLine(lineId, sku.Code, sku.Name, sku.Color, sku.Size, quantity, sku.PriceFen, false));
        }
        if (gifts.Count > 0 && lines.Sum(l => l.TotalFen) >= 29_900 && random.NextDouble() < 0.3)
        {
            var gift = gifts[random.Next(gifts.Count)];
            lines.Add(new SimLine(lines.Count + 1, gift.Code, gift.Name, gift.Color, gift.Size, 1, 0, true));
        }
        return lines;
    }

    private static string OrderId(Random random, SimShop shop, long number, DateTimeOffset created)
    {
        var tail = random.Next(1000);
        return shop.Platform switch
        {
            // 19-digit Taobao tids; the shop's slot keeps two shops' sequences apart.
            Platform.Taobao => (3_700_000_000_000_000_000L + Slot(shop.Code) * 100_000_000_000_000L + number * 1000 + tail)
                .ToString(CultureInfo.InvariantCulture),
            Platform.Pinduoduo => created.ToOffset(SimTime.China).ToString("yyMMdd", CultureInfo.InvariantCulture) + "-" +
                (number * 1000 + tail).ToString("D15", CultureInfo.InvariantCulture),
            Platform.Jd => (300_000_000_000L + Slot(shop.Code) * 1_000_000_000L + number * 1000 + tail).ToString(CultureInfo.InvariantCulture),
            _ => (5_600_000_000_000L + number * 1000 + tail).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static long Slot(string shopCode) => shopCode.Aggregate(7L, (h, c) => (h * 31 + c) % 60);

    private static string BuyerId(Random random, Platform platform) => platform switch
    {
        Platform.Taobao => "AAG" + Base62(random, 21),
        Platform.Jd => "jd_" + Base62(random, 12).ToLowerInvariant(),
        Platform.Pinduoduo => "pdd" + SimRandom.Digits(random, 11),
        _ => random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
    };

    private static string Base62(Random random, int length) =>
        string.Create(length, random, static (span, r) =>
        {
            const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[r.Next(alphabet.Length)];
        });
}
