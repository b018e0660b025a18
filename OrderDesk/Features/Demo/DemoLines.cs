using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>What goes into a demo order, and what the buyer pays for it.</summary>
public sealed class DemoLines
{
    private readonly Random _random;
    private readonly DemoSku[] _gifts;
    private readonly Dictionary<string, (DemoSku[] Skus, double[] Cumulative)> _assortments = [];
    private readonly IReadOnlyList<DemoSku> _skus;

    public DemoLines(Random random, IReadOnlyList<DemoSku> skus)
    {
        _random = random;
        _skus = skus;
        _gifts = [.. skus.Where(s => s.Product.Category == DemoCatalog.Gifts)];
    }

    public List<OrderLine> Pick(DemoShop shop, DemoBuyer buyer)
    {
        var (skus, cumulative) = Assortment(shop);
        var pdd = shop.Shop.Platform == Platform.Pinduoduo;
        var draw = _random.NextDouble();
        // PDD baskets are small; elsewhere about half the orders hold more than one item.
        var count = pdd ? (draw < 0.74 ? 1 : draw < 0.93 ? 2 : 3) : (draw < 0.55 ? 1 : draw < 0.82 ? 2 : draw < 0.94 ? 3 : 4);
        var chosen = new List<DemoSku>(count);
        for (var attempt = 0; chosen.Count < count && attempt < 20; attempt++)
        {
            var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
            var sku = skus[Math.Min(index < 0 ? ~index : index, skus.Length - 1)];
            if (!chosen.Contains(sku)) chosen.Add(sku);
        }

        var lines = chosen.Select(s => new OrderLine(s.Sku.Code, s.Sku.Name, s.Sku.VariantText, Quantity(s, pdd), s.Sku.Price, false)).ToList();
        var goods = lines.Aggregate(Money.Zero, (sum, l) => sum + l.Total);
        // Gift-with-purchase over ¥299, plus the odd goodwill gift for loyal buyers.
        var giftChance = goods >= Money.FromYuan(299) ? 0.35 : buyer.Customer.Tier >= CustomerTier.Gold ? 0.08 : 0.03;
        if (_gifts.Length > 0 && _random.NextDouble() < giftChance)
        {
            var gift = _gifts[_random.Next(_gifts.Length)].Sku;
            lines.Add(new OrderLine(gift.Code, gift.Name, gift.VariantText, 1, Money.Zero, isGift: true));
        }
        return lines;
    }

    /// <summary>Goods, shipping and discount in fen; paid is derived, so it always adds up.</summary>
    public OrderAmounts Amounts(DemoShop shop, DemoBuyer buyer, IReadOnlyList<OrderLine> lines, bool remote)
    {
        var goods = lines.Where(l => !l.IsGift).Aggregate(Money.Zero, (sum, l) => sum + l.Total);
        var platform = shop.Shop.Platform;
        // Free shipping over a threshold is the norm; remote regions pay a surcharge except on PDD.
        var shipping = platform switch
        {
            Platform.Pinduoduo => Money.Zero,
            Platform.Jd => goods >= Money.FromYuan(99) ? Money.Zero : Money.FromYuan(6),
            Platform.WebShop => goods >= Money.FromYuan(199) ? Money.Zero : Money.FromYuan(12),
            _ => goods >= Money.FromYuan(99) ? Money.Zero : Money.FromYuan(8),
        };
        if (remote && platform != Platform.Pinduoduo) shipping += Money.FromYuan(15);

        var discount = Money.Zero;
        var draw = _random.NextDouble();
        if (platform == Platform.Pinduoduo && draw < 0.4)
            discount = new Money(goods.Fen * _random.Next(3, 16) / 100 / 100 * 100); // platform subsidy, whole yuan
        else if (goods >= Money.FromYuan(300) && draw < 0.3) discount = Money.FromYuan(30);
        else if (goods >= Money.FromYuan(200) && draw < 0.25) discount = Money.FromYuan(20);
        else if (goods >= Money.FromYuan(99) && draw < 0.2) discount = Money.FromYuan(10);
        if (platform == Platform.Jd && buyer.Customer.Tier == CustomerTier.Vip)
            discount += new Money(goods.Fen * 5 / 100); // PLUS members' 5 %
        if (discount > goods) discount = goods;
        return OrderAmounts.Of(goods, shipping, discount);
    }

    private int Quantity(DemoSku sku, bool pdd)
    {
        var draw = _random.NextDouble();
        var stocksUp = pdd || sku.Product.Category is DemoCatalog.TeaAndFood or DemoCatalog.Liquids;
        return stocksUp ? (draw < 0.72 ? 1 : draw < 0.9 ? 2 : 3) : (draw < 0.88 ? 1 : draw < 0.97 ? 2 : 3);
    }

    private (DemoSku[] Skus, double[] Cumulative) Assortment(DemoShop shop)
    {
        if (_assortments.TryGetValue(shop.Shop.Code, out var cached)) return cached;
        var listed = _skus.Where(s => s.Popularity > 0 && (shop.Spec.Categories is null || shop.Spec.Categories.Contains(s.Product.Category))).ToArray();
        var cumulative = new double[listed.Length];
        var sum = 0.0;
        for (var i = 0; i < listed.Length; i++)
        {
            var yuan = (double)listed[i].Sku.Price.Yuan;
            // PDD sells the cheap end; JD buyers lean to electronics.
            var platformBias = shop.Shop.Platform switch
            {
                Platform.Pinduoduo => yuan < 80 ? 3.0 : yuan < 200 ? 1.0 : 0.25,
                Platform.Jd => listed[i].Product.Category == DemoCatalog.Electronics ? 2.5 : 1.0,
                _ => 1.0,
            };
            // Spread a product's share over its variants, middle sizes selling best.
            var variants = _skus.Count(s => s.Product == listed[i].Product);
            cumulative[i] = sum += listed[i].Popularity * platformBias / variants * MiddleSizeBias(listed[i]);
        }
        return _assortments[shop.Shop.Code] = (listed, cumulative);
    }

    private static double MiddleSizeBias(DemoSku sku)
    {
        var sizes = sku.Product.Sizes.Length;
        if (sizes < 3) return 1;
        var position = Array.FindIndex(sku.Product.Sizes, s => s.Split('|')[0] == sku.Sku.Size);
        var distance = Math.Abs(position - (sizes - 1) / 2.0) / sizes;
        return 1.5 - distance * 2;
    }
}
