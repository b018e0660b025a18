using System.Data.Common;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OrderDesk.Data;
using OrderDesk.Features.Monitoring;

namespace OrderDesk.Hosting;

/// <summary>
/// Counters for the load harness (<c>OrderDesk.Benchmarks -- boards</c>): database commands, open circuits and the
/// managed heap after a full collection, at <c>GET /_diagnostics</c> on loopback. Off unless
/// <c>OrderDesk:Diagnostics:Enabled</c> is true; nothing of it is registered otherwise.
/// </summary>
public static class HarnessDiagnostics
{
    public const string Setting = "OrderDesk:Diagnostics:Enabled";

    public static void AddHarnessDiagnostics(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(Setting)) return;
        var counters = new Counters();
        builder.Services.AddSingleton(counters);
        builder.Services.ConfigureDbContext<OrderDeskDbContext>((_, options) => options.AddInterceptors(counters));
        builder.Services.AddScoped<CircuitHandler>(_ => new CircuitCounter(counters));
    }

    public static void MapHarnessDiagnostics(this WebApplication app)
    {
        if (app.Services.GetService<Counters>() is null) return;
        app.MapGet("/_diagnostics", (HttpContext http, Counters counters, BoardSnapshots board, bool? collect) =>
        {
            if (http.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip)) return Results.NotFound();
            if (collect == true)
            {
                // Twice, with finalizers in between: what is left is what the circuits really hold.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
            using var process = Process.GetCurrentProcess();
            return Results.Json(new
            {
                DbCommands = Interlocked.Read(ref counters.DbCommands),
                Circuits = Volatile.Read(ref counters.Circuits),
                BoardComputations = board.Computations,
                BoardSubscribers = board.SubscriberCount,
                ManagedBytes = GC.GetTotalMemory(forceFullCollection: false),
                WorkingSetBytes = process.WorkingSet64,
                PrivateBytes = process.PrivateMemorySize64,
            });
        }).AllowAnonymous();
    }

    private sealed class Counters : DbCommandInterceptor
    {
        public long DbCommands;
        public int Circuits;

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Interlocked.Increment(ref DbCommands);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref DbCommands);
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Interlocked.Increment(ref DbCommands);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
            CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref DbCommands);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Interlocked.Increment(ref DbCommands);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
            CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref DbCommands);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class CircuitCounter(Counters counters) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counters.Circuits);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref counters.Circuits);
            return Task.CompletedTask;
        }
    }
}
