using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Orders;

/// <summary>Everything the order detail page shows, read in one go.</summary>
public sealed class OrderDetails(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    private const string PhoneField = nameof(Order.ReceiverPhone);

    /// <summary>
    /// The order as the page shows it, or null if there is no such order. The phone is masked here,
    /// not in the page, so a circuit that may not see it never holds it.
    /// </summary>
    public async Task<OrderDetailView?> LoadAsync(long id, bool canSeeFullPhone, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var head = await db.Orders.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.PlatformOrderId, o.Platform, o.ShopCode, o.Status,
                Shop = db.Shops.Where(s => s.Id == o.ShopId).Select(s => new { s.Name, s.IsTmall }).FirstOrDefault(),
                Warehouse = db.Warehouses.Where(w => w.Id == o.WarehouseId).Select(w => w.Name).FirstOrDefault(),
                o.PlatformCreatedAt, o.PaidAt, o.PlatformModifiedAt, o.IngestedAt,
                o.ExceptionReason, o.BuyerMessage, o.SellerMemo,
                o.ReceiverName, o.ReceiverPhone, o.ReceiverProvince, o.ReceiverCity, o.ReceiverDistrict,
                o.ReceiverDetail, o.ReceiverPostalCode,
                o.GoodsAmount, o.ShippingFee, o.Discount, o.PaidAmount,
                Customer = db.Customers.Where(c => c.Id == o.CustomerId)
                    .Select(c => new CustomerView(c.DisplayName, c.BuyerId, c.Tier, c.OrderCount, c.RefundCount, c.DisputeCount))
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (head is null) return null;

        // A left join: a line whose SKU is not (or no longer) in the catalogue still shows, without an image.
        var lines = await db.OrderLines.AsNoTracking()
            .Where(l => l.OrderId == id)
            .OrderBy(l => l.IsGift).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.SkuCode, l.Name, l.VariantText, l.Quantity, l.UnitPrice, l.IsGift,
                Image = db.Skus.Where(s => s.Code == l.SkuCode).Select(s => s.ImagePath).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var statusChanges = await db.OrderStatusChanges.AsNoTracking()
            .Where(c => c.OrderId == id)
            .Select(c => new { c.Id, c.From, c.To, c.At, c.Source })
            .ToListAsync(ct);

        var entityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audits = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Order) && a.EntityId == entityId)
            .Select(a => new { a.Id, a.At, a.UserName, a.Action, a.Changes })
            .ToListAsync(ct);

        var phone = canSeeFullPhone ? head.ReceiverPhone : PhoneMask.Mask(head.ReceiverPhone);
        var timeline = Merge(
            [.. statusChanges.Select(c => new StatusEvent(c.At, c.From, c.To, c.Source, null))],
            [.. audits.Select(a => new AuditEvent(a.At, a.UserName, a.Action, ChangesOf(a.Changes, canSeeFullPhone)))]);

        return new OrderDetailView(
            head.Id, head.PlatformOrderId, head.Platform, head.Shop?.IsTmall ?? false, head.ShopCode,
            head.Shop?.Name ?? head.ShopCode, head.Status,
            head.PlatformCreatedAt, head.PaidAt, head.PlatformModifiedAt, head.IngestedAt, head.Warehouse,
            head.ExceptionReason, head.BuyerMessage, head.SellerMemo,
            new ReceiverView(head.ReceiverName, phone, phone.Contains('*'), head.ReceiverProvince, head.ReceiverCity,
                head.ReceiverDistrict, head.ReceiverDetail, head.ReceiverPostalCode),
            new OrderAmounts(head.GoodsAmount, head.ShippingFee, head.Discount, head.PaidAmount),
            [.. lines.Select(l => new OrderLineView(l.SkuCode, l.Name, l.VariantText, l.Quantity, l.UnitPrice,
                l.UnitPrice * l.Quantity, l.IsGift, l.Image))],
            head.Customer,
            timeline);
    }

    /// <summary>
    /// One timeline, newest first. A status move is saved as a status step and an audit entry with the same
    /// Status change; the step takes the audit's user and the audit keeps only its other changes, so the
    /// move shows once, with who made it.
    /// </summary>
    private static List<OrderEvent> Merge(List<StatusEvent> steps, List<AuditEvent> audits)
    {
        steps.Sort((a, b) => a.At.CompareTo(b.At));
        var claimed = new bool[steps.Count];
        var events = new List<OrderEvent>();
        foreach (var audit in audits.OrderBy(a => a.At))
        {
            var status = audit.Changes.FirstOrDefault(c => c.Field == nameof(Order.Status));
            var index = status is null ? -1 : StepOf(steps, claimed, status, audit);
            if (index < 0)
            {
                events.Add(audit);
                continue;
            }
            claimed[index] = true;
            steps[index] = steps[index] with { UserName = audit.UserName };
            var rest = audit.Changes.Where(c => c != status).ToList();
            if (audit.Action != "Modified" || rest.Count > 0) events.Add(audit with { Changes = audit.Action == "Modified" ? rest : audit.Changes });
        }
        events.AddRange(steps);
        // On equal times the audit entry goes above the step: it was written when that step was saved.
        return [.. events.OrderByDescending(e => e.At).ThenBy(e => e is StatusEvent ? 1 : 0)];
    }

    // The latest unclaimed step with the same move that happened no later than it was saved.
    private static int StepOf(List<StatusEvent> steps, bool[] claimed, FieldChange status, AuditEvent audit)
    {
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            if (claimed[i] || steps[i].To.ToString() != status.New) continue;
            var from = steps[i].From?.ToString();
            if (from == status.Old && steps[i].At <= audit.At) return i;
        }
        return -1;
    }

    // The interceptor writes {"Property": [old, new]}; an insert lists every property, so empty values are left out.
    private static IReadOnlyList<FieldChange> ChangesOf(string json, bool canSeeFullPhone)
    {
        var changes = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(json) ?? [];
        return
        [
            .. changes
                .Select(c => new FieldChange(c.Key, ValueAt(c.Value, 0), ValueAt(c.Value, 1)))
                .Where(c => !string.IsNullOrEmpty(c.Old) || !string.IsNullOrEmpty(c.New))
                .Select(c => c.Field == PhoneField && !canSeeFullPhone
                    ? c with { Old = MaskOrNull(c.Old), New = MaskOrNull(c.New) }
                    : c),
        ];
    }

    private static string? ValueAt(string?[] pair, int index) => pair.Length > index ? pair[index] : null;

    private static string? MaskOrNull(string? phone) => phone is null ? null : PhoneMask.Mask(phone);
}

public sealed record OrderDetailView(
    long Id,
    string PlatformOrderId,
    Platform Platform,
    bool IsTmall,
    string ShopCode,
    string ShopName,
    OrderStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset ModifiedAt,
    DateTimeOffset IngestedAt,
    string? WarehouseName,
    string ExceptionReason,
    string BuyerMessage,
    string SellerMemo,
    ReceiverView Receiver,
    OrderAmounts Amounts,
    IReadOnlyList<OrderLineView> Lines,
    CustomerView? Customer,
    IReadOnlyList<OrderEvent> Timeline);

/// <summary>Phone is already masked unless the viewer may see it; <see cref="PhoneMasked"/> says which.</summary>
public sealed record ReceiverView(
    string Name, string Phone, bool PhoneMasked, string Province, string City, string District, string Detail, string PostalCode);

public sealed record OrderLineView(
    string SkuCode, string Name, string VariantText, int Quantity, Money UnitPrice, Money Total, bool IsGift, string? ImagePath);

public sealed record CustomerView(
    string DisplayName, string BuyerId, CustomerTier Tier, int OrderCount, int RefundCount, int DisputeCount);

/// <summary>One entry of the order's timeline: a status step or an audited change.</summary>
public abstract record OrderEvent(DateTimeOffset At);

/// <summary>A status step; <see cref="UserName"/> is who saved it, when the audit trail says so.</summary>
public sealed record StatusEvent(DateTimeOffset At, OrderStatus? From, OrderStatus To, string Source, string? UserName) : OrderEvent(At);

public sealed record AuditEvent(DateTimeOffset At, string UserName, string Action, IReadOnlyList<FieldChange> Changes) : OrderEvent(At);

public sealed record FieldChange(string Field, string? Old, string? New);
