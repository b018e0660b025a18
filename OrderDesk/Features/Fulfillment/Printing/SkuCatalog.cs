using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Printing;

/// <summary>The SKU master data as the SKU list and the label sheets read it.</summary>
public sealed class SkuCatalog(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public const int MaxLabels = 200;

    private static readonly Expression<Func<Sku, SkuRow>> s_row = s =>
        new SkuRow(s.Code, s.Barcode, s.Name, s.Color, s.Size, s.Category, s.Handling, s.WeightGrams, s.ImagePath, s.Price);

    public async Task<SkuPage> SearchAsync(string? text, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Skus.AsNoTracking();
        if (text?.Trim() is { Length: > 0 } q)
        {
            var pattern = $"%{q.Replace("%", "").Replace("_", "")}%";
            query = query.Where(s => EF.Functions.Like(s.Code, pattern) || EF.Functions.Like(s.Name, pattern)
                || EF.Functions.Like(s.Barcode, pattern));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(s => s.Code)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(s_row)
            .ToListAsync(ct);
        return new SkuPage(rows, total);
    }

    /// <summary>The SKUs for these codes, in the order asked (repeats kept: two labels of one SKU), and the codes not found.</summary>
    public async Task<(IReadOnlyList<SkuRow> Found, IReadOnlyList<string> Unknown)> ForLabelsAsync(
        IReadOnlyList<string> codes, CancellationToken ct)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Skus.AsNoTracking().Where(s => distinct.Contains(s.Code)).Select(s_row).ToListAsync(ct);
        var byCode = rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        return ([.. codes.Where(byCode.ContainsKey).Take(MaxLabels).Select(c => byCode[c])],
            [.. distinct.Where(c => !byCode.ContainsKey(c))]);
    }
}

public sealed record SkuPage(IReadOnlyList<SkuRow> Rows, int Total);

public sealed record SkuRow(
    string Code, string Barcode, string Name, string Color, string Size, string Category, HandlingFlags Handling,
    int WeightGrams, string ImagePath, Money Price)
{
    public string VariantText => Sku.Variant(Color, Size);
}
