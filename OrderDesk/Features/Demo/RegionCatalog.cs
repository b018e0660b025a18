using System.Text.Json;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>
/// The region table shipped inside the assembly (Data/Reference/cn-regions.json), loaded once.
/// Anything that needs a real province/city/district triple (demo data, carrier rules) reads it here.
/// </summary>
public static class RegionCatalog
{
    public const string ResourceName = "OrderDesk.cn-regions.json";

    private static readonly Lazy<RegionTable> s_table = new(Read);

    public static RegionTable Load() => s_table.Value;

    public static Province? FindProvince(string name) =>
        Load().Provinces.FirstOrDefault(p => p.Name == name);

    /// <summary>True when the city belongs to the province and the district to the city.</summary>
    public static bool IsConsistent(string province, string city, string district) =>
        FindProvince(province)?.Cities.FirstOrDefault(c => c.Name == city)?.Districts.Contains(district) == true;

    private static RegionTable Read()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        var table = JsonSerializer.Deserialize<RegionTable>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        if (table.Provinces.Count == 0 || table.Provinces.Any(p => p.Cities.Count == 0 || p.Cities.Any(c => c.Districts.Count == 0)))
            throw new InvalidOperationException($"{ResourceName} has a province without cities or a city without districts.");
        return table;
    }
}
