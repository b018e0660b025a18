using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>What carrier rules look at: one parcel's destination, size, value, buyer and handling needs.</summary>
/// <param name="Remote">The province is marked remote in the region table.</param>
/// <param name="WeightGrams">SKU weights × quantities plus the packaging allowance.</param>
/// <param name="VolumeCm3">SKU length × width × height × quantities, rounded up to whole cm³.</param>
/// <param name="UnmeasuredSkuCodes">Lines whose SKU is not in the catalogue; they add no weight or volume.</param>
public sealed record CarrierFacts(
    string Province,
    string City,
    bool Remote,
    int WeightGrams,
    int VolumeCm3,
    CustomerTier Tier,
    Money Amount,
    HandlingFlags Handling,
    IReadOnlyList<string> UnmeasuredSkuCodes)
{
    /// <summary>Measures a parcel. A line whose SKU is null is listed in <see cref="UnmeasuredSkuCodes"/>.</summary>
    public static CarrierFacts Measure(
        string province,
        string city,
        IEnumerable<(string SkuCode, Sku? Sku, int Quantity)> lines,
        CustomerTier? tier,
        Money paid,
        int packagingAllowanceGrams,
        RegionTable regions)
    {
        long grams = packagingAllowanceGrams, cubicMm = 0;
        var handling = HandlingFlags.None;
        var unmeasured = new List<string>();
        foreach (var (code, sku, quantity) in lines)
        {
            if (sku is null)
            {
                unmeasured.Add(code);
                continue;
            }
            grams += (long)sku.WeightGrams * quantity;
            cubicMm += (long)sku.LengthMm * sku.WidthMm * sku.HeightMm * quantity;
            handling |= sku.Handling;
        }
        var remote = regions.Provinces.FirstOrDefault(p => p.Name == province)?.Remote ?? false;
        return new CarrierFacts(province, city, remote, Clamp(grams), Clamp((cubicMm + 999) / 1000),
            tier ?? CustomerTier.Regular, paid, handling, unmeasured);
    }

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
