using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Features.Fulfillment.Gifts;

/// <summary>
/// The enabled gift rules with the SKU master data they need (gift SKU names, line categories), loaded once for
/// many orders: an inbox batch or one re-evaluation. With no enabled rule it costs one small query and nothing per order.
/// </summary>
internal sealed class GiftBook
{
    private readonly IReadOnlyList<GiftRule> _rules;
    private readonly Dictionary<string, (string Name, string Variant)> _giftSkus;
    private readonly Dictionary<string, string> _categories;

    private GiftBook(IReadOnlyList<GiftRule> rules, Dictionary<string, (string, string)> giftSkus, Dictionary<string, string> categories)
    {
        _rules = rules;
        _giftSkus = giftSkus;
        _categories = categories;
    }

    public bool HasRules => _rules.Count > 0;

    /// <summary>SKU codes the rules may add, so stock can be loaded for them too.</summary>
    public IEnumerable<string> GiftSkuCodes => _giftSkus.Keys;

    /// <param name="lineSkuCodes">The SKUs on the orders to be judged (their categories are loaded only if a rule needs them).</param>
    public static async Task<GiftBook> LoadAsync(OrderDeskDbContext db, IEnumerable<string> lineSkuCodes, CancellationToken ct)
    {
        var rules = await db.GiftRules.AsNoTracking().Where(r => r.Enabled).ToListAsync(ct);
        if (rules.Count == 0) return new GiftBook(rules, [], []);
        var giftCodes = rules.Select(r => r.GiftSkuCode).Distinct().ToList();
        var giftSkus = await db.Skus.AsNoTracking().Where(s => giftCodes.Contains(s.Code))
            .Select(s => new { s.Code, s.Name, s.Color, s.Size }).ToListAsync(ct);
        var byCode = giftCodes.ToDictionary(c => c, c => (Name: c, Variant: ""), StringComparer.Ordinal);
        foreach (var sku in giftSkus)
            byCode[sku.Code] = (sku.Name, Sku.Variant(sku.Color, sku.Size));
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rules.Any(r => r.Category.Length > 0))
        {
            var codes = lineSkuCodes.Distinct().ToList();
            categories = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code))
                .ToDictionaryAsync(s => s.Code, s => s.Category, StringComparer.Ordinal, ct);
        }
        return new GiftBook(rules, byCode, categories);
    }

    public IReadOnlyList<GiftDecision> Decide(Order order) => GiftRules.Evaluate(_rules, Facts(order));

    /// <summary>The rule-added gift lines the order should carry now (several rules giving one SKU stay separate lines).</summary>
    public IReadOnlyList<RuleGift> GiftsFor(Order order) => _rules.Count == 0
        ? []
        : Decide(order).Where(d => d.Applies).Select(d =>
        {
            var (name, variant) = _giftSkus.GetValueOrDefault(d.GiftSkuCode, (d.GiftSkuCode, ""));
            return new RuleGift(d.GiftSkuCode, name, variant, d.Quantity, d.RuleName);
        }).ToList();

    private GiftFacts Facts(Order order) => new(order.Platform, order.ShopCode, order.PaidAmount, order.GoodsAmount,
        order.Lines.Select(l => new GiftFactLine(l.SkuCode, _categories.GetValueOrDefault(l.SkuCode, ""), l.Quantity, l.IsGift)).ToList(),
        order.SellerMemo, order.PlatformCreatedAt);
}
