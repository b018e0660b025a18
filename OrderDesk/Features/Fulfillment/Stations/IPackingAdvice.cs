namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>
/// The pack station's carrier recommendation. An interface because two implementations exist on purpose: a fixed
/// default while the carrier rule engine is built, and the rule engine's advisor that replaces it.
/// </summary>
public interface IPackingAdvice
{
    Task<PackingAdvice> AdviseAsync(long orderId, CancellationToken ct);
}

/// <summary>What the packer is told: the recommended carrier and service, the rule that chose it and why, and every carrier to choose from.</summary>
public sealed record PackingAdvice(string CarrierCode, string CarrierName, string Service, string RuleName, string Why,
    IReadOnlyList<(string Code, string Name, IReadOnlyList<string> Services)> Carriers);
