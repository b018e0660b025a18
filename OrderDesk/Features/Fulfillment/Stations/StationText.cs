namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>Anchor for the strings of the station screens and their components (StationText.resx).</summary>
public sealed class StationText;
