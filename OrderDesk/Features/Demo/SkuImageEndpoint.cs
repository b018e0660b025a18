using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OrderDesk.Data;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Demo;

/// <summary>Serves <c>/sku-images/{code}.svg</c>, the picture each SKU's ImagePath points at.</summary>
internal static class SkuImageEndpoint
{
    public static void MapSkuImages(this WebApplication app) =>
        app.MapGet("/sku-images/{code}.svg", async (string code, HttpContext http, IDbContextFactory<OrderDeskDbContext> dbFactory,
                CancellationToken ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var sku = await db.Skus.AsNoTracking().Where(s => s.Code == code)
                    .Select(s => new { s.Category, s.Color, s.Size }).SingleOrDefaultAsync(ct);
                if (sku is null) return Results.NotFound();

                var svg = SkuImage.Render(sku.Category, sku.Color, sku.Size);
                var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg)).AsSpan(0, 8))}\"";
                // Private: only signed-in users may fetch it, so shared caches must not keep it.
                http.Response.Headers.CacheControl = "private, max-age=86400";
                http.Response.Headers.ETag = etag;
                if (http.Request.Headers.IfNoneMatch.Contains(etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
                return Results.Text(svg, SkuImage.ContentType, Encoding.UTF8);
            })
            .RequireAuthorization(Policies.SignedIn);
}
