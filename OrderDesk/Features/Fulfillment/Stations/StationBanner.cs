using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>The big answer line of a station: what the last scan or step did, in the colour of its kind.</summary>
public sealed record StationBanner(int Seq, BannerKind Kind, string Headline, string Detail, string Input, ScanVerdict? Verdict,
    IReadOnlyList<string> Missing)
{
    /// <summary>Green for work that went on, red for anything that stopped it, amber for news that needs a look.</summary>
    public static BannerKind KindOf(ScanVerdict verdict) => verdict switch
    {
        _ when verdict.IsBlocked() => BannerKind.Blocked,
        ScanVerdict.SentBackToCheck or ScanVerdict.CarrierChanged or ScanVerdict.Override => BannerKind.Info,
        _ => BannerKind.Ok,
    };
}

public enum BannerKind
{
    Ok,
    Blocked,
    Info,
}
