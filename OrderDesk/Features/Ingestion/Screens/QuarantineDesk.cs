using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>
/// One quarantined message: read it, replay it (as is or edited) or discard it. Changes go through
/// <see cref="InboxMessage"/>'s own methods, so the audit interceptor records who did what; the acting user
/// is the circuit's (<see cref="Hosting.CircuitUserHandler"/>).
/// </summary>
public sealed class QuarantineDesk(IDbContextFactory<OrderDeskDbContext> dbFactory, TimeProvider clock)
{
    public const string ReplayedAsIs = "Replayed as is.";
    public const string ReplayedEdited = "Replayed with an edited payload.";

    public async Task<QuarantinedMessage?> LoadAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InboxMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new QuarantinedMessage(m.Id, m.MessageKey, m.ShopId,
                db.Shops.Where(s => s.Id == m.ShopId).Select(s => s.Name).FirstOrDefault() ?? m.ShopCode,
                m.ShopCode, m.Platform,
                db.Shops.Where(s => s.Id == m.ShopId).Select(s => s.IsTmall).FirstOrDefault(),
                m.Source, m.Topic, m.PlatformOrderId, m.ReceivedAt, m.Attempts, m.LastError, m.State, m.ProcessedAt,
                m.ReplayOfId, m.ResolutionNote, m.Payload,
                db.InboxMessages.Where(r => r.ReplayOfId == m.Id).OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefault(),
                db.InboxMessages.Where(r => r.ReplayOfId == m.Id).OrderByDescending(r => r.Id).Select(r => (MessageState?)r.State).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// Replaces the quarantined message with a new pending one carrying <paramref name="editedPayload"/> (or the
    /// original when null). Text that is not JSON is refused; JSON that still fails the schema is replayed, and
    /// the worker quarantines it again.
    /// </summary>
    /// <exception cref="DomainRuleException">The message is no longer quarantined (someone else got there first).</exception>
    public async Task<ReplayResult> ReplayAsync(long id, string? editedPayload, string? note, CancellationToken ct)
    {
        var payload = editedPayload?.Trim();
        if (payload is not null && PayloadCheck.JsonSyntaxError(payload) is { } syntax) return new ReplayResult(null, syntax);

        var defaultNote = payload is null ? ReplayedAsIs : ReplayedEdited;
        var replayId = await ResolveAsync(id, (db, message, now) =>
        {
            var replay = message.Replay(payload, string.IsNullOrWhiteSpace(note) ? defaultNote : note.Trim(), now);
            db.InboxMessages.Add(replay);
            return replay;
        }, ct);
        return new ReplayResult(replayId, null);
    }

    /// <exception cref="DomainRuleException">No reason given, or the message is no longer quarantined.</exception>
    public async Task DiscardAsync(long id, string reason, CancellationToken ct) =>
        await ResolveAsync(id, (_, message, now) =>
        {
            message.Discard(reason, now);
            return message;
        }, ct);

    // BEGIN IMMEDIATE before reading the state: two people replaying the same message at once get one replay
    // and one "already replayed", never two replays.
    private async Task<long> ResolveAsync(long id, Func<OrderDeskDbContext, InboxMessage, DateTimeOffset, InboxMessage> change,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var message = await db.InboxMessages.SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new DomainRuleException($"Inbox message {id} does not exist.");
        var result = change(db, message, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result.Id;
    }
}

/// <summary>The replay's new message id, or why the edited text was refused (it is not JSON).</summary>
public sealed record ReplayResult(long? ReplayId, JsonSyntaxError? NotJson);

public sealed record QuarantinedMessage(
    long Id, string MessageKey, long ShopId, string ShopName, string ShopCode, Platform Platform, bool IsTmall,
    MessageSource Source, string Topic, string PlatformOrderId, DateTimeOffset ReceivedAt, int Attempts, string LastError,
    MessageState State, DateTimeOffset? ResolvedAt, long? ReplayOfId, string ResolutionNote, string Payload,
    long? ReplacedById, MessageState? ReplacedByState)
{
    public Orders.Storefront Storefront => Orders.Storefronts.Of(Platform, IsTmall);
}
