using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// Drains the inbox: the oldest due pending messages, <see cref="IngestionOptions.WorkerBatchSize"/> per round,
/// until none is due. A round is read in one query and validated and mapped outside the write lock, then written
/// in one transaction; while deliveries are arriving (<see cref="InboxWriteGate.DeliveriesRecently"/>) in
/// transactions of <see cref="IngestionOptions.WorkerTransactionSize"/> instead, so webhook group commits (which
/// take the same gate, first come first served) wait for one short transaction, not a whole round. The next
/// transaction's messages are mapped on another thread while one is written.
/// A transaction that fails as a whole (the database locked, a bug that escapes a message) is retried message by
/// message, so one bad message never holds the others back; a message that fails even alone gets a transient
/// failure and its retry. Runs are serialized, so the hosted worker and a test (or an admin's "process now") can
/// call it at the same time.
/// </summary>
public sealed class InboxProcessor(IDbContextFactory<OrderDeskDbContext> factory, IEnumerable<IOrderMapper> mappers,
    IngestionOptions options, TimeProvider clock, IngestionEvents events, InboxWriteGate gate, ILogger<InboxProcessor> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // The last registration wins, as DI does for single services: a test or a host can override a platform's mapper.
    private readonly Dictionary<Platform, IOrderMapper> _mappers = mappers.GroupBy(m => m.Platform).ToDictionary(g => g.Key, g => g.Last());

    public async Task<InboxRunResult> ProcessDueAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var total = new InboxRunResult();
            while (true)
            {
                var now = clock.GetUtcNow();
                var due = await DueAsync(now, ct);
                if (due.Count == 0) break;
                var result = await ProcessAsync(due, now, ct);
                total.Add(result);
                if (result.ChangedShopIds.Count > 0)
                    events.Publish(new OrdersChanged(result.ChangedShopIds, result.Created, result.Updated, now));
                // Nothing moved (the database refuses even single writes): stop and let the next poll try again.
                if (due.Count < options.WorkerBatchSize || result.Handled == 0) break;
            }
            return total;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<InboxMessage>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var due = await db.InboxMessages.AsNoTracking()
            .Where(m => m.State == MessageState.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(Math.Max(1, options.WorkerBatchSize))
            .ToListAsync(ct);
        // Applied in arrival order (each transaction's versions of one order are sorted again by modification time).
        due.Sort((a, b) => a.Id.CompareTo(b.Id));
        return due;
    }

    private async Task<InboxRunResult> ProcessAsync(List<InboxMessage> due, DateTimeOffset now, CancellationToken ct)
    {
        var result = new InboxRunResult();
        var offset = 0;
        var next = MapNext();
        try
        {
            while (next is not null)
            {
                var started = Stopwatch.GetTimestamp();
                var (part, mapping) = next.Value;
                var batch = await mapping;
                next = MapNext();
                try
                {
                    result.Add(await WriteAsync(batch, ct));
                    await YieldToDeliveriesAsync(Stopwatch.GetElapsedTime(started), ct);
                    continue;
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    if (part.Count > 1) logger.LogWarning(e, "An inbox batch of {Count} failed; processing its messages one by one", part.Count);
                }
                finally
                {
                    await batch.DisposeAsync();
                }
                result.Add(await OneByOneAsync(part, now, ct));
            }
        }
        finally
        {
            // Cancelled or failed midway: the batch mapped ahead still owns a context.
            if (next is { Mapping: var ahead }) await (await ahead).DisposeAsync();
        }
        return result;

        // While deliveries arrive, short transactions (they wait for the one in progress), the next one mapped on
        // another thread while this one is written; otherwise the whole round in one transaction (fastest drain).
        (List<InboxMessage> Part, Task<InboxBatch> Mapping)? MapNext()
        {
            if (offset >= due.Count) return null;
            var size = gate.DeliveriesRecently ? Math.Max(1, options.WorkerTransactionSize) : due.Count;
            var part = due.GetRange(offset, Math.Min(size, due.Count - offset));
            offset += part.Count;
            return (part, Task.Run(() => Mapped(part, now), CancellationToken.None));
        }
    }

    /// <summary>While deliveries arrive, pauses so the worker takes about <see cref="IngestionOptions.WorkerShareUnderLoad"/> of its time.</summary>
    private Task YieldToDeliveriesAsync(TimeSpan worked, CancellationToken ct)
    {
        var share = options.WorkerShareUnderLoad;
        if (share is <= 0 or >= 1 || !gate.DeliveriesRecently) return Task.CompletedTask;
        return Task.Delay(worked * ((1 - share) / share), ct);
    }

    private async Task<InboxRunResult> OneByOneAsync(List<InboxMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        var result = new InboxRunResult();
        foreach (var message in messages)
        {
            try
            {
                await using var batch = Mapped([message], now);
                result.Add(await WriteAsync(batch, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                result.Add(await FailAsync(message.Id, e, now, ct));
            }
        }
        return result;
    }

    /// <summary>Validation and mapping: CPU only, no database and no lock.</summary>
    private InboxBatch Mapped(IReadOnlyList<InboxMessage> messages, DateTimeOffset now)
    {
        var db = factory.CreateDbContext();
        // Machine writes with their own trail (the raw message, the status history's source): no audit rows per order.
        db.AuditDisabled = true;
        var batch = new InboxBatch(db, _mappers, options, now);
        batch.Map(messages);
        return batch;
    }

    private async Task<InboxRunResult> WriteAsync(InboxBatch batch, CancellationToken ct)
    {
        var db = batch.Db;
        var ids = batch.MessageIds;
        using var turn = await gate.EnterAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        // BEGIN IMMEDIATE: take the write lock before reading, so nothing read here changes before the commit
        // and SQLite never has to upgrade a read lock under load ("database is locked").
        await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
        await db.Database.UseTransactionAsync(transaction, ct);
        var stillPending = (await db.InboxMessages
            .Where(m => ids.Contains(m.Id) && m.State == MessageState.Pending)
            .Select(m => m.Id)
            .ToListAsync(ct)).ToHashSet();
        await batch.ApplyAsync(stillPending, ct);
        await batch.SaveAsync(ct);
        await transaction.CommitAsync(ct);
        return batch.Result;
    }

    private async Task<InboxRunResult> FailAsync(long id, Exception error, DateTimeOffset now, CancellationToken ct)
    {
        var result = new InboxRunResult();
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.AuditDisabled = true;
            using var turn = await gate.EnterAsync(ct);
            var message = await db.InboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.State == MessageState.Pending, ct);
            if (message is null) return result;
            InboxRetry.Fail(message, $"{error.GetType().Name}: {error.Message}", now, options);
            var minute = ChannelMinuteStat.Truncate(now);
            var stat = await db.ChannelMinuteStats.SingleOrDefaultAsync(s => s.ShopId == message.ShopId && s.Minute == minute, ct);
            if (stat is null) db.ChannelMinuteStats.Add(stat = new ChannelMinuteStat(message.ShopId, message.Platform, now));
            stat.Failures++;
            if (message.State == MessageState.Quarantined)
            {
                stat.Quarantined++;
                result.Quarantined++;
            }
            else result.Retrying++;
            await db.SaveChangesAsync(ct);
            logger.LogWarning(error, "Inbox message {Id} failed ({State} after {Attempts} attempts)", id, message.State, message.Attempts);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Could not even record the failure of inbox message {Id}", id);
        }
        return result;
    }
}
