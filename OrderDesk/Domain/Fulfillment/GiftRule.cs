using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// A promotion: orders that meet every condition get <see cref="GiftQuantity"/> × <see cref="GiftSkuCode"/> as
/// free gift lines (see <see cref="GiftRules.Evaluate"/>). Checks that need the database (unique name, existing
/// gift SKU) are the caller's, reported with the same <see cref="GiftRuleProblem"/>s.
/// </summary>
public sealed class GiftRule : IAudited
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 64;

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public int Priority { get; private set; }
    public bool StopFurtherRules { get; private set; }
    public bool Enabled { get; private set; }
    public Platform? Platform { get; private set; }
    public string ShopCode { get; private set; } = "";
    public GiftAmountBasis AmountBasis { get; private set; }
    public Money? MinAmount { get; private set; }
    public Money? MaxAmount { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string Category { get; private set; } = "";
    public int? PerUnits { get; private set; }
    public DateTimeOffset? ValidFrom { get; private set; }
    public DateTimeOffset? ValidUntil { get; private set; }
    public string MemoKeyword { get; private set; } = "";
    public string GiftSkuCode { get; private set; } = "";
    public int GiftQuantity { get; private set; }

    private GiftRule() { }

    public GiftRule(GiftRuleSpec spec) => Change(spec);

    public GiftRuleSpec Spec => new(Name, Priority, StopFurtherRules, Enabled, Platform, ShopCode, AmountBasis, MinAmount,
        MaxAmount, SkuCode, Category, PerUnits, ValidFrom, ValidUntil, MemoKeyword, GiftSkuCode, GiftQuantity);

    /// <summary>Every problem of <paramref name="spec"/> that needs no database, the first reason for each field.</summary>
    public static IReadOnlyList<FieldProblem> Check(GiftRuleSpec spec)
    {
        var problems = new List<FieldProblem>();
        void Add(string field, GiftRuleProblem code, string message)
        {
            if (problems.All(p => p.Field != field)) problems.Add(Problem(field, code, "", message));
        }

        var name = (spec.Name ?? "").Trim();
        if (name.Length == 0) Add(nameof(spec.Name), GiftRuleProblem.NameRequired, "A gift rule needs a name.");
        else if (name.Length > NameMaxLength) Add(nameof(spec.Name), GiftRuleProblem.NameTooLong, $"A gift rule's name has at most {NameMaxLength} characters.");
        if (spec.MinAmount is { Fen: < 0 }) Add(nameof(spec.MinAmount), GiftRuleProblem.AmountNegative, "An amount cannot be negative.");
        if (spec.MaxAmount is { Fen: < 0 }) Add(nameof(spec.MaxAmount), GiftRuleProblem.AmountNegative, "An amount cannot be negative.");
        else if (spec.MinAmount is { } min && spec.MaxAmount is { } max && max <= min)
            Add(nameof(spec.MaxAmount), GiftRuleProblem.AmountRangeReversed, "The maximum amount must be above the minimum.");
        if (spec.PerUnits is <= 0) Add(nameof(spec.PerUnits), GiftRuleProblem.PerUnitsNotPositive, "Gifts are given per at least 1 unit.");
        if (spec.ValidFrom is { } from && spec.ValidUntil is { } until && until <= from)
            Add(nameof(spec.ValidUntil), GiftRuleProblem.DateRangeReversed, "The end must be after the start.");
        if (string.IsNullOrWhiteSpace(spec.GiftSkuCode)) Add(nameof(spec.GiftSkuCode), GiftRuleProblem.GiftSkuRequired, "A gift rule needs a gift SKU.");
        if (spec.GiftQuantity <= 0) Add(nameof(spec.GiftQuantity), GiftRuleProblem.GiftQuantityNotPositive, "The gift quantity must be at least 1.");
        foreach (var (field, text) in new[]
                 {
                     (nameof(spec.ShopCode), spec.ShopCode), (nameof(spec.SkuCode), spec.SkuCode), (nameof(spec.Category), spec.Category),
                     (nameof(spec.MemoKeyword), spec.MemoKeyword), (nameof(spec.GiftSkuCode), spec.GiftSkuCode),
                 })
        {
            if ((text ?? "").Trim().Length > TextMaxLength) Add(field, GiftRuleProblem.TextTooLong, $"At most {TextMaxLength} characters.");
        }
        return problems;
    }

    /// <summary>A refusal in the shape every editor shows: the field, the code the page localizes, and English for logs.</summary>
    public static FieldProblem Problem(string field, GiftRuleProblem code, string argument, string message) =>
        new(field, code.ToString(), argument, message);

    /// <summary>Replaces every setting at once; nothing changes if any field is refused.</summary>
    /// <exception cref="DomainRuleException">Names every refused field and why.</exception>
    public void Change(GiftRuleSpec spec)
    {
        var problems = Check(spec);
        if (problems.Count > 0)
            throw new DomainRuleException("Gift rule refused: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")), problems);
        Name = spec.Name.Trim();
        Priority = spec.Priority;
        StopFurtherRules = spec.StopFurtherRules;
        Enabled = spec.Enabled;
        Platform = spec.Platform;
        ShopCode = Clean(spec.ShopCode);
        AmountBasis = spec.AmountBasis;
        MinAmount = spec.MinAmount;
        MaxAmount = spec.MaxAmount;
        SkuCode = Clean(spec.SkuCode);
        Category = Clean(spec.Category);
        PerUnits = spec.PerUnits;
        ValidFrom = spec.ValidFrom?.ToUniversalTime();
        ValidUntil = spec.ValidUntil?.ToUniversalTime();
        MemoKeyword = Clean(spec.MemoKeyword);
        GiftSkuCode = Clean(spec.GiftSkuCode);
        GiftQuantity = spec.GiftQuantity;
    }

    public void Enable() => Enabled = true;

    public void Disable() => Enabled = false;

    private static string Clean(string? text) => (text ?? "").Trim();
}
