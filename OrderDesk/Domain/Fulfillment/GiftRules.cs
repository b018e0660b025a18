namespace OrderDesk.Domain.Fulfillment;

/// <summary>The gift rule engine: a pure function from rules and an order's facts to gift decisions.</summary>
public static class GiftRules
{
    /// <summary>
    /// Runs the enabled rules by priority (then name). A rule applies when every condition it sets holds; its gift
    /// count is floor(qualifying units / per units) × gift quantity (or the gift quantity once without "per units"),
    /// and a count of zero is no gift. A rule that applies and stops further rules marks the rest as stopped.
    /// Disabled rules are left out of the result.
    /// </summary>
    public static IReadOnlyList<GiftDecision> Evaluate(IReadOnlyList<GiftRule> rules, GiftFacts facts)
    {
        var decisions = new List<GiftDecision>();
        string? stoppedBy = null;
        foreach (var rule in rules.Where(r => r.Enabled).OrderBy(r => r.Priority).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            if (stoppedBy is not null)
            {
                decisions.Add(new GiftDecision(rule.Id, rule.Name, GiftMiss.StoppedByEarlierRule, 0, rule.GiftSkuCode, 0, stoppedBy));
                continue;
            }
            var decision = Decide(rule, facts);
            decisions.Add(decision);
            if (decision.Applies && rule.StopFurtherRules) stoppedBy = rule.Name;
        }
        return decisions;
    }

    private static GiftDecision Decide(GiftRule rule, GiftFacts facts)
    {
        var units = facts.Lines.Where(l => !l.IsGift && Qualifies(rule, l)).Sum(l => l.Quantity);
        GiftDecision Miss(GiftMiss miss) => new(rule.Id, rule.Name, miss, units, rule.GiftSkuCode, 0);

        if (rule.Platform is { } platform && platform != facts.Platform) return Miss(GiftMiss.Platform);
        if (rule.ShopCode.Length > 0 && !string.Equals(rule.ShopCode, facts.ShopCode, StringComparison.OrdinalIgnoreCase))
            return Miss(GiftMiss.Shop);
        if (rule.ValidFrom is { } from && facts.CreatedAt < from) return Miss(GiftMiss.BeforeValidFrom);
        if (rule.ValidUntil is { } until && facts.CreatedAt >= until) return Miss(GiftMiss.NotBeforeValidUntil);
        var amount = rule.AmountBasis == GiftAmountBasis.Goods ? facts.GoodsAmount : facts.PaidAmount;
        if (rule.MinAmount is { } min && amount < min) return Miss(GiftMiss.AmountBelowMin);
        if (rule.MaxAmount is { } max && amount >= max) return Miss(GiftMiss.AmountNotBelowMax);
        if (rule.MemoKeyword.Length > 0 && !facts.SellerMemo.Contains(rule.MemoKeyword, StringComparison.OrdinalIgnoreCase))
            return Miss(GiftMiss.MemoKeyword);
        if (units == 0) return Miss(GiftMiss.NoQualifyingUnits);
        var quantity = rule.PerUnits is { } per ? units / per * rule.GiftQuantity : rule.GiftQuantity;
        if (quantity == 0) return Miss(GiftMiss.TooFewUnits);
        return new GiftDecision(rule.Id, rule.Name, GiftMiss.None, units, rule.GiftSkuCode, quantity);
    }

    private static bool Qualifies(GiftRule rule, GiftFactLine line) =>
        (rule.SkuCode.Length == 0 || string.Equals(rule.SkuCode, line.SkuCode, StringComparison.OrdinalIgnoreCase))
        && (rule.Category.Length == 0 || string.Equals(rule.Category, line.Category, StringComparison.OrdinalIgnoreCase));
}
