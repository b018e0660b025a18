using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>The industry's shipping-error taxonomy (DESIGN.md), counted per mille of shipped orders.</summary>
public enum ShippingErrorType
{
    WrongSku,
    WrongAddress,
    MissingMainItem,
    WrongCarrier,
    MissingGift,
}

/// <summary>
/// One shipping mistake: caught in-house (a blocked scan or completion, recorded by the station itself) or reported
/// after shipping (entered by a supervisor). Who was responsible and at which stage feed the weekly error report.
/// </summary>
public sealed class ShippingError
{
    public const int NoteMaxLength = 500;

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public ShippingErrorType Type { get; private set; }
    public FulfillmentStage Stage { get; private set; }
    public string ResponsibleUserId { get; private set; } = "";
    public string ResponsibleName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public bool CaughtInHouse { get; private set; }
    public long? ScanEventId { get; private set; }
    public string Note { get; private set; } = "";

    /// <summary>The caught scan's <see cref="ScanEvent.Detail"/>; null for a supervisor's report, which stays as typed.</summary>
    public string? Detail { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private ShippingError() { }

    public static ShippingError Caught(ScanEvent scan, ShippingErrorType type) => new()
    {
        OrderId = scan.OrderId, Type = type, Stage = scan.Stage, ResponsibleUserId = scan.UserId,
        ResponsibleName = scan.UserName, At = scan.At, CaughtInHouse = true, Note = scan.Note, Detail = scan.Detail, RecordedBy = scan.UserName,
    };

    public static ShippingError Reported(long orderId, ShippingErrorType type, FulfillmentStage stage,
        string responsibleUserId, string responsibleName, string note, string recordedBy, DateTimeOffset at)
    {
        if (!stage.IsSigned()) throw new DomainRuleException("Name the stage where the mistake happened: pick, check, pack or weigh.");
        if (string.IsNullOrWhiteSpace(responsibleUserId)) throw new DomainRuleException("Name the person responsible.");
        note = (note ?? "").Trim();
        if (note.Length == 0) throw new DomainRuleException("Describe what the customer reported.");
        if (note.Length > NoteMaxLength) throw new DomainRuleException($"A note has at most {NoteMaxLength} characters.");
        return new ShippingError
        {
            OrderId = orderId, Type = type, Stage = stage, ResponsibleUserId = responsibleUserId,
            ResponsibleName = responsibleName, At = at, CaughtInHouse = false, Note = note, RecordedBy = recordedBy,
        };
    }

    internal void LinkScan(long scanEventId) => ScanEventId = scanEventId;
}
