using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OrderDesk.Data;

/// <summary>Lets `dotnet ef` build the model without starting the app (and its seeding).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OrderDeskDbContext>
{
    public OrderDeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OrderDeskDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
