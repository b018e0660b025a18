using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Features.Fulfillment.Errors;

/// <summary>One error type over a period: mistakes that reached the customer per mille of shipments, against the industry.</summary>
public sealed record ErrorRate(ShippingErrorType Type, int AfterShipping, int CaughtInHouse, decimal? PerMille, decimal IndustryPerMille)
{
    public bool WorseThanIndustry => PerMille > IndustryPerMille;
}

public sealed record ErrorRates(int Shipments, IReadOnlyList<ErrorRate> Types);

/// <summary>Shipping errors counted per type over the shipments of a period, against the industry sample (DESIGN.md, H1 2025).</summary>
public sealed class ErrorRateBoard(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public static readonly IReadOnlyDictionary<ShippingErrorType, decimal> IndustryPerMille = new Dictionary<ShippingErrorType, decimal>
    {
        [ShippingErrorType.WrongSku] = 3.2m,
        [ShippingErrorType.WrongAddress] = 2.1m,
        [ShippingErrorType.MissingMainItem] = 0.9m,
        [ShippingErrorType.WrongCarrier] = 1.7m,
        [ShippingErrorType.MissingGift] = 4.5m,
    };

    public async Task<ErrorRates> SinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shipments = await db.Shipments.CountAsync(s => s.ShippedAt >= since, ct);
        var counts = await db.ShippingErrors.Where(e => e.At >= since).GroupBy(e => new { e.Type, e.CaughtInHouse })
            .Select(g => new { g.Key.Type, g.Key.CaughtInHouse, Count = g.Count() }).ToListAsync(ct);
        int Count(ShippingErrorType type, bool caught) => counts.Where(c => c.Type == type && c.CaughtInHouse == caught).Sum(c => c.Count);
        // Only mistakes that left the building compare with the industry's rates; caught ones are the stations doing their job.
        return new ErrorRates(shipments, Enum.GetValues<ShippingErrorType>().Select(type =>
        {
            var after = Count(type, false);
            return new ErrorRate(type, after, Count(type, true),
                shipments == 0 ? null : Math.Round(after * 1000m / shipments, 2), IndustryPerMille[type]);
        }).ToList());
    }
}
