using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment.Printing;

/// <summary>Reads an order, its catalogue data and its latest trip through the warehouse into a <see cref="PackingSlip"/>.</summary>
public sealed class PackingSlips(IDbContextFactory<OrderDeskDbContext> dbFactory, FulfillmentOptions options)
{
    public async Task<PackingSlip?> LoadAsync(long orderId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var head = await db.Orders.AsNoTracking()
            .Where(o => o.Id == orderId)
            .Select(o => new
            {
                o.Id, o.PlatformOrderId, o.Platform, o.ShopCode, o.PlatformCreatedAt, o.BuyerMessage,
                Shop = db.Shops.Where(s => s.Id == o.ShopId).Select(s => s.Name).FirstOrDefault(),
                o.ReceiverName, o.ReceiverPhone, o.ReceiverProvince, o.ReceiverCity, o.ReceiverDistrict, o.ReceiverDetail,
                o.ReceiverPostalCode,
            })
            .SingleOrDefaultAsync(ct);
        if (head is null) return null;

        // A left join, as on the order page: a line whose SKU left the catalogue still prints, without image or marks.
        var lines = await db.OrderLines.AsNoTracking()
            .Where(l => l.OrderId == orderId)
            .OrderBy(l => l.IsGift).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.SkuCode, l.Name, l.VariantText, l.Quantity, l.IsGift,
                Sku = db.Skus.Where(s => s.Code == l.SkuCode)
                    .Select(s => new { s.Color, s.Size, s.ImagePath, s.Category, s.Handling, s.WeightGrams })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);

        // The latest trip: an order sent back and released again has a newer wave order.
        var trip = await db.WaveOrders.AsNoTracking()
            .Where(w => w.OrderId == orderId)
            .OrderByDescending(w => w.Id)
            .Select(w => new { w.Id, w.CarrierCode, w.CarrierService, w.ExpectedWeightGrams })
            .FirstOrDefaultAsync(ct);
        var shipment = await db.Shipments.AsNoTracking()
            .Where(s => s.OrderId == orderId)
            .OrderByDescending(s => s.Id)
            .Select(s => new { s.CarrierCode, s.Service, s.TrackingNumber })
            .FirstOrDefaultAsync(ct);

        var slipLines = lines.Select(l => new SlipLine(
            l.SkuCode, l.Name, l.Sku?.Color ?? "", l.Sku?.Size ?? "", l.VariantText, l.Quantity, l.IsGift,
            l.Sku?.ImagePath, l.Sku?.Category ?? "", l.Sku?.Handling ?? default)).ToList();
        var carrier = shipment is not null ? new SlipCarrier(shipment.CarrierCode, shipment.Service, shipment.TrackingNumber)
            : trip is { CarrierCode.Length: > 0 } ? new SlipCarrier(trip.CarrierCode, trip.CarrierService, "")
            : null;
        var estimate = lines.Sum(l => (l.Sku?.WeightGrams ?? 0) * l.Quantity) + options.PackagingAllowanceGrams;

        return new PackingSlip(
            head.Id, head.PlatformOrderId, WaveOrder.BarcodeOf(head.Id), head.Platform, head.Shop ?? head.ShopCode,
            head.PlatformCreatedAt,
            new SlipReceiver(head.ReceiverName, PhoneMask.Mask(head.ReceiverPhone), head.ReceiverProvince, head.ReceiverCity,
                head.ReceiverDistrict, head.ReceiverDetail, head.ReceiverPostalCode),
            slipLines,
            HandlingMarks.For(slipLines.Select(l => (l.Category, l.Handling))),
            carrier,
            head.BuyerMessage,
            trip?.ExpectedWeightGrams ?? estimate,
            trip is null);
    }
}
