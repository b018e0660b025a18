namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>A supervisor's override at a station: one unit of a line at pick/check, or a weight at weigh, with the reason.</summary>
public sealed record OverrideRequest(long? LineId, string? Weight, string Reason);
