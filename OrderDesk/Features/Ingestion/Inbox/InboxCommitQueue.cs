using System.Threading.Channels;
using OrderDesk.Domain.Ingestion;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// Group commit for webhooks: concurrent deliveries queue here and one writer stores whatever has gathered
/// (up to <see cref="MaxGroup"/>) in a single transaction, then releases every waiting request. Committing
/// each request alone tops out at ~2,500/s on SQLite; grouped, one fsync serves hundreds of deliveries.
/// A request is answered only after its commit, so an acknowledged delivery is never lost.
/// </summary>
public sealed class InboxCommitQueue(InboxWriter writer, ILogger<InboxCommitQueue> logger) : BackgroundService
{
    public const int MaxGroup = 500;

    private sealed record Delivery(InboxMessage Message, TaskCompletionSource<bool> Stored);

    // Bounded: under a flood, requests wait for room instead of the queue eating the memory.
    private readonly Channel<Delivery> _queue = Channel.CreateBounded<Delivery>(new BoundedChannelOptions(20_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Completes once the message is committed: true if it was new, false if its key was already stored.</summary>
    public async Task<bool> StoreAsync(InboxMessage message, CancellationToken ct)
    {
        var stored = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Delivery(message, stored), ct);
        return await stored.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<Delivery>(MaxGroup);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (group.Count < MaxGroup && _queue.Reader.TryRead(out var delivery)) group.Add(delivery);
                await CommitAsync(group, stoppingToken);
                group.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whoever still waits is told below, not left hanging.
        }
        finally
        {
            _queue.Writer.TryComplete();
            foreach (var delivery in group) delivery.Stored.TrySetCanceled(CancellationToken.None);
            while (_queue.Reader.TryRead(out var left)) left.Stored.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task CommitAsync(List<Delivery> group, CancellationToken ct)
    {
        try
        {
            var stored = await writer.AppendAsync(group.ConvertAll(d => d.Message), ct);
            // A key delivered twice in one group is stored once; both deliveries are safely in the inbox.
            foreach (var delivery in group) delivery.Stored.TrySetResult(stored.Contains(delivery.Message.MessageKey));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Storing {Count} webhook deliveries failed", group.Count);
            foreach (var delivery in group) delivery.Stored.TrySetException(e);
        }
    }
}
