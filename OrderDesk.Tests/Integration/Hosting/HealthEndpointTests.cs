using System.Net;
using System.Text.Json;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Hosting;

public sealed class HealthEndpointTests(HealthEndpointTests.App app) : IClassFixture<HealthEndpointTests.App>
{
    public sealed class App : OrderDeskApp;

    [Fact]
    public async Task Healthz_Anonymous_ReportsDatabaseAndJobStorageHealthy()
    {
        var response = await app.Anonymous().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("jobStorage").GetString());
    }

    [Fact]
    public async Task Healthz_Body_RevealsNoPathsOrMessages()
    {
        var body = await app.Anonymous().GetStringAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(app.DataPath, body);
        Assert.DoesNotContain("exception", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Healthz_DatabaseBroken_Answers503()
    {
        await using var broken = new OrderDeskApp();
        _ = broken.Anonymous(); // boots and migrates
        await using (var db = await broken.DbAsync())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
                "DROP TABLE __EFMigrationsHistory", TestContext.Current.CancellationToken);
        }

        var response = await broken.Anonymous().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"database\":\"Unhealthy\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
