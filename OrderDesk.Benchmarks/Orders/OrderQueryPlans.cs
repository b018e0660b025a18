using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Features.Orders;

namespace OrderDesk.Benchmarks.Orders;

/// <summary>Prints SQLite's plan for each measured search: which index answers it, and whether it sorts.</summary>
public static class OrderQueryPlans
{
    public static int Print()
    {
        using var services = OrderSearchCases.Services(MillionOrders.Ensure());
        var cases = OrderSearchCases.Build(services);
        using var scope = services.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<OrderList>();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<OrderDeskDbContext>>().CreateDbContext();
        db.Database.OpenConnection();
        foreach (var (name, search) in cases)
        {
            Console.WriteLine($"## {name}");
            foreach (var step in QueryPlan.Of(db, list.PageQuery(db, search, search.Page))) Console.WriteLine("   " + step);
        }
        return 0;
    }
}
