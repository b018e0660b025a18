using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// Stores raw payloads in the inbox, many per transaction, skipping keys already there
/// (<c>INSERT … ON CONFLICT(MessageKey) DO NOTHING</c>): a redelivery or an overlapping pull is a no-op,
/// never a second message, and never a select-then-insert race. The same transaction counts what was new in
/// <see cref="ChannelMinuteStat.Received"/> (per shop and minute of arrival), and once it is committed the worker
/// is woken: pulls, backfill and webhooks all enqueue through here and need nothing else.
/// </summary>
public sealed class InboxWriter(IDbContextFactory<OrderDeskDbContext> factory, InboxSignal signal, InboxWriteGate gate)
{
    private const string Insert = """
        INSERT INTO InboxMessages (MessageKey, Platform, ShopId, ShopCode, Source, Topic, PlatformOrderId, Payload,
                                   ReceivedAt, State, Attempts, NextAttemptAt, LastError, ResolutionNote, ReplayOfId)
        VALUES ($key, $platform, $shopId, $shopCode, $source, $topic, $orderId, $payload,
                $receivedAt, 'Pending', 0, $receivedAt, '', '', $replayOf)
        ON CONFLICT(MessageKey) DO NOTHING
        """;

    private const string CountReceived = """
        INSERT INTO ChannelMinuteStats (ShopId, Minute, Platform, Received, Created, Updated, Failures, Quarantined,
            Backfilled, Pulls, PullFailures, RateLimited, LatencySumMs, LatencyCount, Latency1s, Latency5s, Latency15s,
            Latency60s, Latency300s, Latency1800s, LatencyOver)
        VALUES ($shopId, $minute, $platform, $count, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        ON CONFLICT(ShopId, Minute) DO UPDATE SET Received = Received + excluded.Received
        """;

    /// <summary>Stores every message whose key is new, in one transaction; returns the keys that were new.</summary>
    public async Task<IReadOnlySet<string>> AppendAsync(IReadOnlyList<InboxMessage> messages, CancellationToken ct)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (messages.Count == 0) return stored;
        await using var db = await factory.CreateDbContextAsync(ct);
        using var turn = await gate.EnterForDeliveriesAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // BEGIN IMMEDIATE: take the write lock up front instead of failing to upgrade a read lock under load.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var platform = command.Parameters.Add("$platform", SqliteType.Text);
        var shopId = command.Parameters.Add("$shopId", SqliteType.Integer);
        var shopCode = command.Parameters.Add("$shopCode", SqliteType.Text);
        var source = command.Parameters.Add("$source", SqliteType.Text);
        var topic = command.Parameters.Add("$topic", SqliteType.Text);
        var orderId = command.Parameters.Add("$orderId", SqliteType.Text);
        var payload = command.Parameters.Add("$payload", SqliteType.Text);
        var receivedAt = command.Parameters.Add("$receivedAt", SqliteType.Integer);
        var replayOf = command.Parameters.Add("$replayOf", SqliteType.Integer);
        command.Prepare();
        foreach (var message in messages)
        {
            key.Value = message.MessageKey;
            platform.Value = message.Platform.ToString();
            shopId.Value = message.ShopId;
            shopCode.Value = message.ShopCode;
            source.Value = message.Source.ToString();
            topic.Value = message.Topic;
            orderId.Value = message.PlatformOrderId;
            payload.Value = message.Payload;
            receivedAt.Value = message.ReceivedAt.UtcTicks;
            replayOf.Value = (object?)message.ReplayOfId ?? DBNull.Value;
            if (await command.ExecuteNonQueryAsync(ct) == 1) stored.Add(message.MessageKey);
        }
        await CountReceivedAsync(connection, transaction, messages.Where(m => stored.Contains(m.MessageKey)), ct);
        await transaction.CommitAsync(ct);
        if (stored.Count > 0) signal.Notify();
        return stored;
    }

    private static async Task CountReceivedAsync(SqliteConnection connection, SqliteTransaction transaction,
        IEnumerable<InboxMessage> stored, CancellationToken ct)
    {
        var counts = stored
            .GroupBy(m => (m.ShopId, m.Platform, Minute: ChannelMinuteStat.Truncate(m.ReceivedAt)))
            .Select(g => (g.Key, Count: g.Count()))
            .ToList();
        if (counts.Count == 0) return;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CountReceived;
        var shopId = command.Parameters.Add("$shopId", SqliteType.Integer);
        var minute = command.Parameters.Add("$minute", SqliteType.Integer);
        var platform = command.Parameters.Add("$platform", SqliteType.Text);
        var count = command.Parameters.Add("$count", SqliteType.Integer);
        foreach (var (key, n) in counts)
        {
            shopId.Value = key.ShopId;
            minute.Value = key.Minute.UtcTicks;
            platform.Value = key.Platform.ToString();
            count.Value = n;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
