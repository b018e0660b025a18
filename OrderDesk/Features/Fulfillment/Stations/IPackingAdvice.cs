namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>The pack station's carrier recommendation, kept behind an interface so the station does not depend on how carriers are chosen.</summary>
public interface IPackingAdvice
{
    Task<PackingAdvice> AdviseAsync(long orderId, CancellationToken ct);
}

/// <summary>
/// What the packer is told: the recommended carrier and service, the rule that chose it, why (<see cref="Detail"/>, the
/// rule engine's trace, which the panel words), and every carrier to choose from.
/// </summary>
public sealed record PackingAdvice(string CarrierCode, string CarrierName, string Service, string RuleName,
    IReadOnlyList<(string Code, string Name, IReadOnlyList<string> Services)> Carriers, Domain.Fulfillment.CarrierAdvice Detail);
