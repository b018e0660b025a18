using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrderDesk.Data;
using OrderDesk.Features.Admin;

namespace OrderDesk.Benchmarks;

/// <summary>The app's storage wiring on one SQLite file (same pragmas and interceptors), a fixed clock and no logging.</summary>
internal static class BenchServices
{
    public static IServiceCollection Create(string databasePath, DateTimeOffset now, params IInterceptor[] extra)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedClock(now))
            .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
            .AddSingleton<ShopCredentials>()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<SqlitePragmas>()
            .AddSingleton<AuditInterceptor>();
        services.AddDbContextFactory<OrderDeskDbContext>((sp, o) => o
            .UseSqlite($"Data Source={databasePath};Pooling=True")
            .AddInterceptors([sp.GetRequiredService<SqlitePragmas>(), sp.GetRequiredService<AuditInterceptor>(), .. extra]));
        return services;
    }
}
