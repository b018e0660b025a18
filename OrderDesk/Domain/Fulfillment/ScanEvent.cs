namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// One line of an order's fulfilment trail: a scan, a weight, a carrier choice, a stage completion or an override,
/// signed with who, where and when, and the station's verdict. Written for rejected scans too: they are the
/// evidence of mistakes caught in-house.
/// </summary>
public sealed class ScanEvent
{
    public const int InputMaxLength = 64;
    public const int NoteMaxLength = 500;

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public long WaveOrderId { get; private set; }
    public FulfillmentStage Stage { get; private set; }
    public string Input { get; private set; } = "";
    public string SkuCode { get; private set; } = "";
    public ScanVerdict Verdict { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string Station { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    /// <summary>What happened, in English as the station wrote it: the stable record for logs, exports and old rows.</summary>
    public string Note { get; private set; } = "";

    /// <summary>
    /// The station's message behind <see cref="Note"/> (<see cref="StationMessageJson"/>), for screens to word in their
    /// reader's language; null for free text a person typed and for rows written before it was kept.
    /// </summary>
    public string? Detail { get; private set; }

    public bool Blocked => Verdict.IsBlocked();

    private ScanEvent() { }

    public ScanEvent(WaveOrder waveOrder, FulfillmentStage stage, string input, string skuCode, ScanVerdict verdict,
        StationWorker worker, DateTimeOffset at, string note, StationMessage detail)
    {
        OrderId = waveOrder.OrderId;
        WaveOrderId = waveOrder.Id;
        Stage = stage;
        Input = Clip(input, InputMaxLength);
        SkuCode = skuCode;
        Verdict = verdict;
        UserId = worker.UserId;
        UserName = worker.UserName;
        Station = worker.Station;
        At = at;
        Note = Clip(note, NoteMaxLength);
        Detail = StationMessageJson.Write(detail);
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>Who works at which station: every scan and step is signed with it.</summary>
public sealed record StationWorker(string UserId, string UserName, string Station);
