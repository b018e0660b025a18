namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// One shop's hourly backfill: orders the platform listed in the span, those OrderDesk had no trace of
/// (neither an order nor any inbox message), and new inbox messages stored.
/// </summary>
public sealed record BackfillSummary(long ShopId, string ShopCode, int Found, int Missing, int Stored, string Problem = "");
