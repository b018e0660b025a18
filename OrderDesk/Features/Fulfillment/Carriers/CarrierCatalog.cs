using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>The carriers every installation starts with (reference data, seeded outside demo mode too); ZTO is the default.</summary>
public static class CarrierCatalog
{
    public const string DefaultCode = "ZTO";

    public static IReadOnlyList<Carrier> Build()
    {
        var carriers = new List<Carrier>
        {
            new("SF", "SF Express", "顺丰速运", ["标快/Standard", "特快/Express", "冷运/Cold chain"]),
            new("JD", "JD Logistics", "京东物流", ["特惠送/Economy", "特快送/Express", "大件/Bulky"]),
            new("ZTO", "ZTO Express", "中通快递", ["标快/Standard"]),
            new("YTO", "YTO Express", "圆通速递", ["标快/Standard"]),
            new("YUNDA", "Yunda Express", "韵达快递", ["标快/Standard"]),
            new("STO", "STO Express", "申通快递", ["标快/Standard"]),
            new("EMS", "EMS", "中国邮政EMS", ["标准快递/Standard", "特快专递/Express"]),
        };
        carriers.Single(c => c.Code == DefaultCode).MakeDefault();
        return carriers;
    }
}
