using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>The warehouses a station can be set up in.</summary>
public sealed class StationSetup(IDbContextFactory<OrderDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<StationWarehouse>> WarehousesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Warehouses.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new StationWarehouse(w.Id, w.Code, w.Name)).ToListAsync(ct);
    }
}

public sealed record StationWarehouse(long Id, string Code, string Name);
