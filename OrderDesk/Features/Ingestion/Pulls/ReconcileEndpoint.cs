using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary><c>GET /api/sync/reconcile?shop={code}&amp;from={ISO}&amp;to={ISO}</c> for operations managers and admins.</summary>
public static class ReconcileEndpoint
{
    public const string Route = "/api/sync/reconcile";

    public static WebApplication MapReconcile(this WebApplication app)
    {
        app.MapGet(Route, HandleAsync).RequireAuthorization(Policies.SyncOperators);
        return app;
    }

    private static async Task<IResult> HandleAsync(string? shop, string? from, string? to,
        IDbContextFactory<OrderDeskDbContext> dbFactory, Reconciliation reconciliation, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(shop)) return Error(StatusCodes.Status400BadRequest, "Name the shop: ?shop={shopCode}.");
        if (!TryParse(from, out var start)) return Error(StatusCodes.Status400BadRequest, "'from' must be an ISO 8601 time, e.g. 2026-11-24T08:00:00Z.");
        if (!TryParse(to, out var end)) return Error(StatusCodes.Status400BadRequest, "'to' must be an ISO 8601 time, e.g. 2026-11-24T10:00:00Z.");
        if (start >= end) return Error(StatusCodes.Status400BadRequest, "'from' must be before 'to'.");
        if (end - start > Reconciliation.MaxSpan)
            return Error(StatusCodes.Status400BadRequest, $"The window may span at most {Reconciliation.MaxSpan.TotalDays} days.");

        long? shopId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            shopId = await db.Shops.AsNoTracking().Where(s => s.Code == shop.Trim()).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct);
        if (shopId is null) return Error(StatusCodes.Status404NotFound, $"No shop with code '{shop.Trim()}'.");

        try
        {
            return Results.Ok(await reconciliation.RunAsync(shopId.Value, start, end, ct));
        }
        catch (PlatformException error) when (error.Kind == PlatformErrorKind.RateLimited)
        {
            return Results.Json(new { error = $"The platform is rate limiting this shop: {error.Message}" },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (PlatformException error)
        {
            return Error(StatusCodes.Status502BadGateway, $"The platform could not list the orders ({error.Kind}, {error.Code}): {error.Message}");
        }
    }

    private static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
