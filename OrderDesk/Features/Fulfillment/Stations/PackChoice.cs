namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>What the packer took at the pack panel: a carrier and service, with a reason when it is not the recommended one.</summary>
public sealed record PackChoice(string CarrierCode, string Service, string? Reason);
