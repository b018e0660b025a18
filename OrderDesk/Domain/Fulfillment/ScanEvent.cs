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
    public string Note { get; private set; } = "";

    public bool Blocked => Verdict.IsBlocked();

    private ScanEvent() { }

    public ScanEvent(WaveOrder waveOrder, FulfillmentStage stage, string input, string skuCode, ScanVerdict verdict,
        StationWorker worker, DateTimeOffset at, string note)
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
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>Who works at which station: every scan and step is signed with it.</summary>
public sealed record StationWorker(string UserId, string UserName, string Station);
