using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Ingestion;

/// <summary>How a payload reached OrderDesk.</summary>
public enum MessageSource
{
    Webhook,
    Pull,
    Backfill,
    Replay,
}

public enum MessageState
{
    /// <summary>Stored, waiting for the worker (first try or a scheduled retry).</summary>
    Pending,
    Processed,
    /// <summary>Invalid, or transient failures exhausted their retries: a person decides.</summary>
    Quarantined,
    /// <summary>A quarantined message that was replayed (as is or edited) as a new message.</summary>
    Replayed,
    /// <summary>A quarantined message a person threw away, with a reason.</summary>
    Discarded,
}

/// <summary>
/// One raw payload exactly as a platform sent it, stored before anything else happens to it.
/// The message key deduplicates deliveries (a webhook id, or an order's id plus modification time).
/// </summary>
public sealed class InboxMessage : IAudited
{
    public long Id { get; private set; }
    public string MessageKey { get; private set; } = "";
    public Platform Platform { get; private set; }
    public long ShopId { get; private set; }
    public string ShopCode { get; private set; } = "";
    public MessageSource Source { get; private set; }
    /// <summary>The platform's event name where it has one (<c>orders/paid</c>), else the API that returned it.</summary>
    public string Topic { get; private set; } = "";
    /// <summary>The platform's order id as far as it could be read on arrival; empty for unreadable payloads.</summary>
    public string PlatformOrderId { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public MessageState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public string LastError { get; private set; } = "";
    public DateTimeOffset? ProcessedAt { get; private set; }
    /// <summary>For a replay: the quarantined message it replaces.</summary>
    public long? ReplayOfId { get; private set; }
    /// <summary>Why a person discarded it, or what they changed before replaying it.</summary>
    public string ResolutionNote { get; private set; } = "";

    private InboxMessage() { }

    public InboxMessage(string messageKey, Platform platform, long shopId, string shopCode, MessageSource source,
        string topic, string platformOrderId, string payload, DateTimeOffset receivedAt, long? replayOfId = null)
    {
        if (string.IsNullOrWhiteSpace(messageKey)) throw new DomainRuleException("An inbox message needs a key.");
        MessageKey = messageKey;
        Platform = platform;
        ShopId = shopId;
        ShopCode = shopCode;
        Source = source;
        Topic = topic;
        PlatformOrderId = platformOrderId;
        Payload = payload;
        ReceivedAt = receivedAt.ToUniversalTime();
        NextAttemptAt = ReceivedAt;
        State = MessageState.Pending;
        ReplayOfId = replayOfId;
    }

    public bool IsDue(DateTimeOffset now) => State == MessageState.Pending && (NextAttemptAt is null || NextAttemptAt <= now);

    public void MarkProcessed(DateTimeOffset at)
    {
        Attempts++;
        State = MessageState.Processed;
        ProcessedAt = at.ToUniversalTime();
        NextAttemptAt = null;
        LastError = "";
    }

    /// <summary>A transient failure: try again at <paramref name="retryAt"/>, or quarantine once <paramref name="maxAttempts"/> are spent.</summary>
    public void Fail(string error, DateTimeOffset at, DateTimeOffset retryAt, int maxAttempts)
    {
        Attempts++;
        LastError = error;
        if (Attempts >= maxAttempts) Quarantine(error, at);
        else NextAttemptAt = retryAt.ToUniversalTime();
    }

    /// <summary>Invalid payloads are kept, never refused: quarantine says why.</summary>
    public void Quarantine(string reason, DateTimeOffset at)
    {
        State = MessageState.Quarantined;
        LastError = reason;
        NextAttemptAt = null;
        ProcessedAt = at.ToUniversalTime();
    }

    /// <summary>Marks this quarantined message as replaced by <paramref name="replay"/>; the replay carries the payload to process.</summary>
    public InboxMessage Replay(string? editedPayload, string note, DateTimeOffset at)
    {
        if (State != MessageState.Quarantined) throw new DomainRuleException($"Only quarantined messages can be replayed; this one is {State}.");
        State = MessageState.Replayed;
        ResolutionNote = note;
        var payload = editedPayload ?? Payload;
        return new InboxMessage($"replay:{Id}:{at.UtcTicks}", Platform, ShopId, ShopCode, MessageSource.Replay, Topic,
            PlatformOrderId, payload, at, Id);
    }

    public void Discard(string reason, DateTimeOffset at)
    {
        if (State != MessageState.Quarantined) throw new DomainRuleException($"Only quarantined messages can be discarded; this one is {State}.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why the message is discarded.");
        State = MessageState.Discarded;
        ResolutionNote = reason.Trim();
        ProcessedAt = at.ToUniversalTime();
    }
}
