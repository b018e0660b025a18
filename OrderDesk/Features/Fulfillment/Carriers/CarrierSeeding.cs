using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Demo;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>
/// After the database initializer: adds the carriers to a database that has none, and in demo mode the demo rules
/// with them. Only a database without carriers is touched, so an admin who deleted every rule does not get them back.
/// </summary>
internal sealed class CarrierSeeding(IDbContextFactory<OrderDeskDbContext> dbFactory, OrderDeskOptions options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Carriers.AnyAsync(cancellationToken)) return;

        db.AuditDisabled = true; // reference data, not anyone's edit
        var carriers = CarrierCatalog.Build();
        db.Carriers.AddRange(carriers);
        if (options.Demo.Enabled)
        {
            var context = new CarrierRuleContext(carriers, RegionCatalog.Load(), []);
            var rules = new List<CarrierRule>();
            foreach (var spec in DemoCarrierRules.Specs)
                rules.Add(new CarrierRule(spec, rules.Count, context with { OtherRuleNames = [.. rules.Select(r => r.Name)] }));
            db.CarrierRules.AddRange(rules);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
