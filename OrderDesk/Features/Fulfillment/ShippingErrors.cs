using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Fulfillment;

/// <summary>A supervisor's report of a mistake found after shipping, and the list of all mistakes for review.</summary>
public sealed record ErrorReport(long OrderId, ShippingErrorType Type, FulfillmentStage Stage, string ResponsibleUserId, string Note);

public sealed record ErrorRow(long Id, long OrderId, string OrderNumber, ShippingErrorType Type, FulfillmentStage Stage,
    string ResponsibleName, DateTimeOffset At, bool CaughtInHouse, string Note, string? Detail, string RecordedBy);

public sealed class ShippingErrors(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ShippingError> ReportAsync(ErrorReport report, string recordedBy, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Orders.AnyAsync(o => o.Id == report.OrderId, ct)) throw new DomainRuleException("Unknown order.");
        if (!await db.Shipments.AnyAsync(s => s.OrderId == report.OrderId, ct))
            throw new DomainRuleException("The order has not shipped from here; mistakes before shipping are caught by the stations.");
        var responsible = await db.Users.Where(u => u.Id == report.ResponsibleUserId)
            .Select(u => new { u.Id, Name = u.DisplayName }).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("The person responsible is not a user of OrderDesk.");
        var error = ShippingError.Reported(report.OrderId, report.Type, report.Stage, responsible.Id, responsible.Name,
            report.Note, recordedBy, clock.GetUtcNow());
        db.ShippingErrors.Add(error);
        await db.SaveChangesAsync(ct);
        return error;
    }

    /// <summary>The people who signed the order's stages: the likely responsible ones, offered first in the report form.</summary>
    public async Task<IReadOnlyList<(string UserId, string Name, FulfillmentStage Stage)>> SignersAsync(long orderId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ScanEvents.AsNoTracking().Where(e => e.OrderId == orderId && e.Verdict == ScanVerdict.StageCompleted)
            .Select(e => new { e.UserId, e.UserName, e.Stage }).ToListAsync(ct);
        return rows.DistinctBy(r => (r.UserId, r.Stage)).Select(r => (r.UserId, r.UserName, r.Stage)).ToList();
    }

    /// <summary>Everyone who can be named responsible, after the signers: every user of OrderDesk by name.</summary>
    public async Task<IReadOnlyList<(string UserId, string Name)>> PeopleAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        return users.Select(u => (u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id))
            .OrderBy(u => u.Item2, StringComparer.CurrentCulture).ToList();
    }

    public async Task<IReadOnlyList<ErrorRow>> RecentAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Ordered before the projection: EF cannot translate an OrderBy over a record built by its constructor.
        return await db.ShippingErrors.AsNoTracking().Where(e => e.At >= since)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(500)
            .Select(e => new ErrorRow(e.Id, e.OrderId, db.Orders.Where(o => o.Id == e.OrderId).Select(o => o.PlatformOrderId).FirstOrDefault() ?? "",
                e.Type, e.Stage, e.ResponsibleName, e.At, e.CaughtInHouse, e.Note, e.Detail, e.RecordedBy))
            .ToListAsync(ct);
    }
}
