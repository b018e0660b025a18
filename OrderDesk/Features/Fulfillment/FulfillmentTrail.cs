using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Features.Fulfillment;

/// <summary>An order's whole fulfilment history for its detail page: every scan and step, the shipment, the mistakes.</summary>
public sealed record OrderTrail(IReadOnlyList<ScanEvent> Events, IReadOnlyList<Shipment> Shipments, IReadOnlyList<ShippingError> Errors,
    FulfillmentStage? OpenStage, string HeldBy)
{
    public bool IsEmpty => Events.Count == 0 && Shipments.Count == 0 && Errors.Count == 0;

    /// <summary>Who signed each completed stage last: the "picked by, checked by, packed by, weighed by" line.</summary>
    public IReadOnlyDictionary<FulfillmentStage, ScanEvent> Signatures => Events
        .Where(e => e.Verdict == ScanVerdict.StageCompleted && e.Stage.IsSigned())
        .GroupBy(e => e.Stage).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!);
}

public sealed class FulfillmentTrail(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public async Task<OrderTrail> ForOrderAsync(long orderId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = await db.ScanEvents.AsNoTracking().Where(e => e.OrderId == orderId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == orderId).OrderBy(s => s.ShippedAt).ToListAsync(ct);
        var errors = await db.ShippingErrors.AsNoTracking().Where(e => e.OrderId == orderId).OrderBy(e => e.At).ToListAsync(ct);
        var open = await db.WaveOrders.AsNoTracking()
            .Where(o => o.OrderId == orderId && EF.Constant(FulfillmentStages.Signed).Contains(o.Stage)) // the open-orders index
            .Select(o => new { o.Stage, o.HeldByName, o.HeldByStation }).FirstOrDefaultAsync(ct);
        return new OrderTrail(events, shipments, errors, open?.Stage,
            open is { HeldByName.Length: > 0 } ? $"{open.HeldByName} @ {open.HeldByStation}" : "");
    }
}
