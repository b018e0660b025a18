using System.Collections.Concurrent;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// The incremental pull of one shop: window after window from its watermark, each window paged backwards and
/// stored before the watermark moves past it. Safe to run twice: the inbox ignores versions it already has.
/// </summary>
public sealed partial class ShopPuller(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    PlatformClients clients,
    PulledOrderStore store,
    PullStats stats,
    TimeProvider clock,
    IBackgroundJobClient jobs,
    ILogger<ShopPuller> logger)
{
    /// <summary>How far back the first pull of a new shop reaches; older orders come from the backfill or an import.</summary>
    public static readonly TimeSpan InitialLookback = TimeSpan.FromHours(1);
    /// <summary>Windows per run, so a shop far behind catches up over several runs instead of one endless job.</summary>
    public const int MaxWindowsPerRun = 20;

    private readonly ConcurrentDictionary<long, SemaphoreSlim> _running = new();

    /// <summary>Queues a pull of the shop now (the "pull now" button); returns the Hangfire job id.</summary>
    public string RequestPullNow(long shopId) => jobs.Enqueue<PullJob>(j => j.RunAsync(shopId, CancellationToken.None));

    public async Task<PullOutcome> PullAsync(long shopId, CancellationToken ct)
    {
        var gate = _running.GetOrAdd(shopId, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0, ct))
            return new PullOutcome(PullResult.AlreadyRunning, 0, 0, null, "A pull of this shop is already running.");
        try
        {
            return await PullOneAsync(shopId, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<PullOutcome> PullOneAsync(long shopId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shop = await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopId, ct);
        if (shop is null) return new PullOutcome(PullResult.NotFound, 0, 0, null, $"No shop {shopId}.");
        var state = await db.ShopSyncStates.SingleOrDefaultAsync(s => s.ShopId == shopId, ct);
        if (state is null)
        {
            state = new ShopSyncState(shopId);
            db.ShopSyncStates.Add(state);
        }
        if (!shop.Enabled) return new PullOutcome(PullResult.Disabled, 0, 0, state.Watermark, $"Shop {shop.Code} is disabled.");
        if (state.IsPaused(clock.GetUtcNow()))
            return new PullOutcome(PullResult.Paused, 0, 0, state.Watermark, $"Paused until {state.PausedUntil:u}.");

        state.Started(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);

        var windows = 0;
        var stored = 0;
        try
        {
            await using var target = clients.Open(shop);
            while (windows < MaxWindowsPerRun
                   && PullWindows.Next(state.Watermark, clock.GetUtcNow(), target.Policy, InitialLookback) is { } window)
            {
                stored += await store.StoreWindowAsync(target, window, MessageSource.Pull, afterStore: null, ct);
                // Only now is every page of the window in the inbox.
                state.AdvanceTo(window.To);
                await db.SaveChangesAsync(ct);
                windows++;
            }
            var caughtUp = PullWindows.Next(state.Watermark, clock.GetUtcNow(), target.Policy, InitialLookback) is null;
            state.Succeeded(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return new PullOutcome(caughtUp ? PullResult.CaughtUp : PullResult.Behind, windows, stored, state.Watermark);
        }
        catch (PlatformException error)
        {
            var result = await RecordAsync(db, shop, state, error, ct);
            return new PullOutcome(result.Result, windows, stored, state.Watermark, result.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Clients classify platform answers into PlatformException; anything else (an HTTP timeout, a storage
            // failure) is recorded for the sync screen and left to Hangfire's log. The watermark has not moved.
            await stats.RecordAsync(shop.Id, shop.Platform, new PullCounts(PullFailures: 1), CancellationToken.None);
            state.Failed($"Pull failed: {error.Message}", clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<(PullResult Result, string Message)> RecordAsync(OrderDeskDbContext db, Shop shop, ShopSyncState state,
        PlatformException error, CancellationToken ct)
    {
        var until = await RecordFailureAsync(shop, state, error, ct);
        var (result, message) = until is null
            ? (PullResult.Failed, Describe(shop, error))
            : (PullResult.RateLimited, $"Rate limited by {shop.Platform} ({error.Code}); paused until {until:u}.");
        state.Failed(message, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        logger.Log(until is null ? LogLevel.Warning : LogLevel.Information, "Shop {Shop}: {Message}", shop.Code, message);
        return (result, message);
    }

    /// <summary>Counts the failed call and, for a rate limit, pauses the shop; returns until when, or null if not paused.</summary>
    private async Task<DateTimeOffset?> RecordFailureAsync(Shop shop, ShopSyncState state, PlatformException error, CancellationToken ct)
    {
        await stats.RecordFailureAsync(shop.Id, shop.Platform, error, ct);
        if (error.Kind != PlatformErrorKind.RateLimited) return null;
        var until = RateLimitPause.Until(clock.GetUtcNow(), error.RetryAfter, Random.Shared);
        state.PauseUntil(until);
        return until;
    }

    public static string Describe(Shop shop, PlatformException error) => error.Kind switch
    {
        PlatformErrorKind.Auth => $"{shop.Platform} refused the credentials of {shop.Code} ({error.Code}: {error.Message}); re-authorise the shop.",
        PlatformErrorKind.Permanent => $"{shop.Platform} refused the request ({error.Code}: {error.Message}); retrying will not help until it is fixed.",
        _ => $"{shop.Platform} failed ({error.Code}: {error.Message}); the next scheduled pull retries.",
    };
}
