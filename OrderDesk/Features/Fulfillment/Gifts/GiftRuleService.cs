using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Catalog;
using OrderDesk.Features.Orders;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Gifts;

/// <summary>
/// Gift rules for the admin screen (every change through <see cref="GiftRule"/>'s methods, so it is audited), a preview
/// of what the rules say about one order, and re-evaluating an order's rule gifts with its stock claim.
/// </summary>
public sealed class GiftRuleService(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeDisplay time, TimeProvider clock)
{
    public async Task<IReadOnlyList<GiftRuleRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rules = await db.GiftRules.AsNoTracking().ToListAsync(ct);
        var codes = rules.Select(r => r.GiftSkuCode).Distinct().ToList();
        var names = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Name, ct);
        return rules.OrderBy(r => r.Priority).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new GiftRuleRow(r.Id, r.Spec, names.GetValueOrDefault(r.GiftSkuCode, ""))).ToList();
    }

    public async Task<GiftRuleChoices> ChoicesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Skus.AsNoTracking().Select(s => s.Category).Where(c => c != "").Distinct().OrderBy(c => c).ToListAsync(ct);
        var shops = await db.Shops.AsNoTracking().OrderBy(s => s.Platform).ThenBy(s => s.Code)
            .Select(s => new GiftShopChoice(s.Platform, s.Code, s.Name)).ToListAsync(ct);
        return new GiftRuleChoices(categories, shops);
    }

    /// <summary>The first SKUs (by code) whose code or name contains <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<GiftSkuChoice>> FindSkusAsync(string? text, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Skus.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            query = query.Where(s => s.Code.Contains(t) || s.Name.Contains(t));
        }
        var skus = await query.OrderBy(s => s.Code).Take(50)
            .Select(s => new { s.Code, s.Name, s.Color, s.Size, s.Category }).ToListAsync(ct);
        return skus.Select(s => new GiftSkuChoice(s.Code, s.Name, Sku.Variant(s.Color, s.Size), s.Category))
            .ToList();
    }

    public async Task<GiftRuleForm?> EditFormAsync(long ruleId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = await db.GiftRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ruleId, ct);
        return rule is null ? null : GiftRuleForm.From(rule.Spec, time);
    }

    public async Task<GiftRuleSaveResult> CreateAsync(GiftRuleForm form, CancellationToken ct) => await SaveAsync(null, form.ToSpec(time), ct);

    public async Task<GiftRuleSaveResult> UpdateAsync(long ruleId, GiftRuleForm form, CancellationToken ct) =>
        await SaveAsync(ruleId, form.ToSpec(time), ct);

    /// <summary>Saves a rule given as a spec (demo seeding and tests use this; the dialog goes through the form).</summary>
    public async Task<GiftRuleSaveResult> SaveAsync(long? ruleId, GiftRuleSpec spec, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = ruleId is { } id ? await db.GiftRules.SingleAsync(r => r.Id == id, ct) : null;
        var problems = GiftRule.Check(spec).ToList();
        var name = (spec.Name ?? "").Trim();
        // NOCASE collation on the column: "Tote bag" and "tote bag" are one name.
        if (problems.All(p => p.Field != nameof(spec.Name)) && await db.GiftRules.AnyAsync(r => r.Name == name && r.Id != (ruleId ?? 0), ct))
            problems.Add(NameTaken(name));
        var giftSku = (spec.GiftSkuCode ?? "").Trim();
        if (problems.All(p => p.Field != nameof(spec.GiftSkuCode)) && !await db.Skus.AnyAsync(s => s.Code == giftSku, ct))
            problems.Add(GiftRule.Problem(nameof(spec.GiftSkuCode), GiftRuleProblem.GiftSkuUnknown, giftSku, $"There is no SKU '{giftSku}'."));
        if (problems.Count > 0) return GiftRuleSaveResult.Refused(problems);

        if (rule is null) db.GiftRules.Add(rule = new GiftRule(spec));
        else rule.Change(spec);
        try
        {
            await db.SaveChangesAsync(ct);
            return new GiftRuleSaveResult(rule.Id, []);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 })
        {
            // SQLITE_CONSTRAINT_UNIQUE: another admin took the name between the check and the insert.
            return GiftRuleSaveResult.Refused([NameTaken(name)]);
        }

        static FieldProblem NameTaken(string name) =>
            GiftRule.Problem(nameof(GiftRuleSpec.Name), GiftRuleProblem.NameTaken, name, $"Another gift rule is already called '{name}'.");
    }

    public async Task SetEnabledAsync(long ruleId, bool enabled, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = await db.GiftRules.SingleAsync(r => r.Id == ruleId, ct);
        if (enabled) rule.Enable();
        else rule.Disable();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deletes the rule; gift lines it already added stay on their orders (they name the rule).</summary>
    public async Task DeleteAsync(long ruleId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = await db.GiftRules.SingleOrDefaultAsync(r => r.Id == ruleId, ct);
        if (rule is null) return;
        db.GiftRules.Remove(rule);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What the enabled rules say about an order, found by its id or its platform order id; null if none matches.</summary>
    public async Task<GiftPreview?> PreviewAsync(string orderRef, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FindByReferenceAsync(orderRef, ct);
        if (order is null) return null;
        var book = await GiftBook.LoadAsync(db, order.Lines.Select(l => l.SkuCode), ct);
        return new GiftPreview(order.Id, order.PlatformOrderId, order.Status, order.AcceptsGifts, book.Decide(order), RuleGifts(order));
    }

    /// <summary>
    /// Makes the order's rule gifts what the enabled rules say now, moving its stock claim along; running it again
    /// changes nothing. Orders past picking (or closed) are refused, untouched.
    /// </summary>
    public async Task<GiftReevaluation> ReevaluateAsync(long orderId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        // BEGIN IMMEDIATE, like the inbox worker: stock rows are read and written back whole, so no other writer in between.
        await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
        await db.Database.UseTransactionAsync(transaction, ct);
        var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return new GiftReevaluation(GiftReevaluationOutcome.NotFound, null, []);
        if (!order.AcceptsGifts) return new GiftReevaluation(GiftReevaluationOutcome.Refused, order.Status, RuleGifts(order));

        var book = await GiftBook.LoadAsync(db, order.Lines.Select(l => l.SkuCode), ct);
        var claimed = order.Lines.ToList();
        var giftsBefore = RuleGifts(order);
        if (!order.ApplyGifts(book.GiftsFor(order)))
            return new GiftReevaluation(GiftReevaluationOutcome.Unchanged, order.Status, RuleGifts(order));

        if (StockLedger.Holds(order.Status) && order.WarehouseId is { } warehouseId)
        {
            var codes = claimed.Concat(order.Lines).Select(l => l.SkuCode).Distinct().ToList();
            var stock = await StockLedger.LoadAsync(db, codes, [warehouseId], ct);
            stock.Release(order, claimed);
            stock.Reserve(order);
            stock.Write(db);
        }
        // Orders are not audited row by row (ingestion changes them all day); a person changing an order's lines is.
        var giftsAfter = RuleGifts(order);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), CurrentUser.Name, nameof(Order), order.Id.ToString(CultureInfo.InvariantCulture),
            "GiftsReevaluated", JsonSerializer.Serialize(new { Before = giftsBefore, After = giftsAfter })));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new GiftReevaluation(GiftReevaluationOutcome.Changed, order.Status, giftsAfter);
    }

    private static List<GiftLineView> RuleGifts(Order order) =>
        order.Lines.Where(l => l.IsRuleGift).Select(l => new GiftLineView(l.SkuCode, l.Name, l.Quantity, l.AddedByRule)).ToList();
}
