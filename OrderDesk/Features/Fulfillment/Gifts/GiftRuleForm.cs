using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Gifts;

/// <summary>
/// What the gift rule dialog edits, in the editor's terms: yuan instead of fen, calendar days (both inclusive) in
/// the business's time zone instead of instants. Field names match <see cref="GiftRuleSpec"/>, so problems find their field.
/// </summary>
public sealed class GiftRuleForm
{
    public string Name { get; set; } = "";
    public int Priority { get; set; } = 100;
    public bool StopFurtherRules { get; set; }
    public bool Enabled { get; set; } = true;
    public Platform? Platform { get; set; }
    public string ShopCode { get; set; } = "";
    public GiftAmountBasis AmountBasis { get; set; } = GiftAmountBasis.Paid;
    public decimal? MinAmount { get; set; }
    public decimal? MaxAmount { get; set; }
    public string SkuCode { get; set; } = "";
    public string Category { get; set; } = "";
    public int? PerUnits { get; set; }
    public DateTime? ValidFrom { get; set; }
    /// <summary>The last day the rule runs (inclusive); stored as the start of the next day (exclusive).</summary>
    public DateTime? ValidUntil { get; set; }
    public string MemoKeyword { get; set; } = "";
    public string GiftSkuCode { get; set; } = "";
    public int GiftQuantity { get; set; } = 1;

    public GiftRuleSpec ToSpec(TimeDisplay time) => new(Name, Priority, StopFurtherRules, Enabled, Platform, ShopCode ?? "",
        AmountBasis, Fen(MinAmount), Fen(MaxAmount), SkuCode ?? "", Category ?? "", PerUnits,
        ValidFrom is { } from ? time.StartOfDay(DateOnly.FromDateTime(from)) : null,
        ValidUntil is { } until ? time.StartOfDay(DateOnly.FromDateTime(until).AddDays(1)) : null,
        MemoKeyword ?? "", GiftSkuCode ?? "", GiftQuantity);

    public static GiftRuleForm From(GiftRuleSpec spec, TimeDisplay time) => new()
    {
        Name = spec.Name, Priority = spec.Priority, StopFurtherRules = spec.StopFurtherRules, Enabled = spec.Enabled,
        Platform = spec.Platform, ShopCode = spec.ShopCode, AmountBasis = spec.AmountBasis,
        MinAmount = spec.MinAmount?.Yuan, MaxAmount = spec.MaxAmount?.Yuan, SkuCode = spec.SkuCode, Category = spec.Category,
        PerUnits = spec.PerUnits,
        ValidFrom = spec.ValidFrom is { } from ? time.Local(from).Date : null,
        ValidUntil = spec.ValidUntil is { } until ? time.Local(until).Date.AddDays(-1) : null,
        MemoKeyword = spec.MemoKeyword, GiftSkuCode = spec.GiftSkuCode, GiftQuantity = spec.GiftQuantity,
    };

    // The field allows more decimals than fen exist; rounding beats refusing a typed "19.999".
    private static Money? Fen(decimal? yuan) => yuan is { } y ? new Money((long)Math.Round(y * 100m, MidpointRounding.AwayFromZero)) : null;
}

public sealed record GiftRuleSaveResult(long RuleId, IReadOnlyList<FieldProblem> Problems)
{
    public bool Saved => Problems.Count == 0;

    public static GiftRuleSaveResult Refused(IReadOnlyList<FieldProblem> problems) => new(0, problems);
}

public sealed record GiftRuleRow(long Id, GiftRuleSpec Spec, string GiftSkuName);

public sealed record GiftSkuChoice(string Code, string Name, string Variant, string Category)
{
    public string Label => Variant.Length == 0 ? $"{Code} · {Name}" : $"{Code} · {Name} ({Variant})";
}

public sealed record GiftRuleChoices(IReadOnlyList<string> Categories, IReadOnlyList<GiftShopChoice> Shops);

public sealed record GiftShopChoice(Platform Platform, string Code, string Name);

/// <summary>Which rules would apply to an order now, and what it carries already.</summary>
public sealed record GiftPreview(long OrderId, string PlatformOrderId, Domain.Orders.OrderStatus Status, bool AcceptsGifts,
    IReadOnlyList<GiftDecision> Decisions, IReadOnlyList<GiftLineView> CurrentRuleGifts);

public sealed record GiftLineView(string SkuCode, string Name, int Quantity, string RuleName);

public enum GiftReevaluationOutcome
{
    Changed,
    Unchanged,
    /// <summary>Picking started (or the order is closed): its lines no longer change.</summary>
    Refused,
    NotFound,
}

public sealed record GiftReevaluation(GiftReevaluationOutcome Outcome, Domain.Orders.OrderStatus? Status, IReadOnlyList<GiftLineView> RuleGifts);
