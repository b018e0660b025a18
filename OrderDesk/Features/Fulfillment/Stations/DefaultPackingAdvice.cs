namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>Recommends ZTO Standard for every parcel: the stand-in until the carrier rules advise per order.</summary>
public sealed class DefaultPackingAdvice : IPackingAdvice
{
    private static readonly IReadOnlyList<(string Code, string Name, IReadOnlyList<string> Services)> s_carriers =
    [
        ("SF", "SF Express", ["Standard", "Express"]),
        ("JD", "JD Logistics", ["Standard", "Express"]),
        ("ZTO", "ZTO", ["Standard"]),
        ("YTO", "YTO", ["Standard"]),
        ("YUNDA", "Yunda", ["Standard"]),
        ("STO", "STO", ["Standard"]),
        ("EMS", "EMS", ["Standard", "Express"]),
    ];

    public Task<PackingAdvice> AdviseAsync(long orderId, CancellationToken ct) =>
        Task.FromResult(new PackingAdvice("ZTO", "ZTO", "Standard", "default",
            "No carrier rule matched this order; the default carrier applies.", s_carriers));
}
