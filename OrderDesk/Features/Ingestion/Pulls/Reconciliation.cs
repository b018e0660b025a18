namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>For one shop and window: what the platform holds that OrderDesk lacks, and any key stored twice.</summary>
public sealed record ReconciliationResult(
    long ShopId,
    string ShopCode,
    DateTimeOffset From,
    DateTimeOffset To,
    int PlatformCount,
    int StoredCount,
    IReadOnlyList<string> MissingOrderIds,
    IReadOnlyList<string> DuplicatedOrderIds);
