using OrderDesk.Domain.Fulfillment;
using OrderDesk.Features.Fulfillment.Stations;

namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>The pack station's recommendation from the carrier rules, with their trace as the "why".</summary>
public sealed class RulePackingAdvice(CarrierAdvisor advisor, Microsoft.Extensions.Localization.IStringLocalizer<CarrierText> text) : IPackingAdvice
{
    public async Task<PackingAdvice> AdviseAsync(long orderId, CancellationToken ct)
    {
        var (advice, carriers) = await advisor.AdviseWithCarriersAsync(orderId, ct);
        var chinese = CarrierText.Chinese;
        string Name(Carrier c) => chinese && c.NameZh.Length > 0 ? c.NameZh : c.Name;
        return new PackingAdvice(advice.CarrierCode, chinese && advice.CarrierNameZh.Length > 0 ? advice.CarrierNameZh : advice.CarrierName,
            advice.Service, advice.RuleName ?? text["Default"],
            [.. carriers.Where(c => c.Enabled).Select(c => (c.Code, Name(c), (IReadOnlyList<string>)c.Services))], advice);
    }
}
