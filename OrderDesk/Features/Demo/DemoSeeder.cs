namespace OrderDesk.Features.Demo;

/// <summary>Placeholder replaced by the full demo data set in the same change.</summary>
public sealed class DemoSeeder
{
    public Task SeedAsync(CancellationToken ct) => Task.CompletedTask;
}
