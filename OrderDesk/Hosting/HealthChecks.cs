using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrderDesk.Data;

namespace OrderDesk.Hosting;

internal sealed class DatabaseHealthCheck(IDbContextFactory<OrderDeskDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM __EFMigrationsHistory LIMIT 1", cancellationToken);
        return HealthCheckResult.Healthy();
    }
}

internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var connection = storage.GetConnection();
        connection.GetRecurringJobs();
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}

internal static class HealthEndpoint
{
    /// <summary>Load balancers poll this anonymously, so it says only healthy or not per component: no messages, no paths.</summary>
    public static void MapHealthEndpoint(this WebApplication app) =>
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                var body = new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                };
                return context.Response.WriteAsync(JsonSerializer.Serialize(body));
            },
        }).AllowAnonymous();
}
