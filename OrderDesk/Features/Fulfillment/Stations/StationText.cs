namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>
/// Anchor for the strings of the station screens and their components (StationText.resx); <c>Msg_*</c> and
/// <c>Hold_*</c> word the desk's detail lines (<see cref="StationWording"/>).
/// </summary>
public sealed class StationText;
