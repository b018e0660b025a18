namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// County-level cities (e.g. 济源市, 仙桃市) come with an empty city: the platform puts the city in the district
/// field, and the town (if any) is then the district. Without this the address would read "河南省济源市" with no city.
/// </summary>
public static class ReceiverRegion
{
    public static (string City, string District) CityAndDistrict(string city, string district, string town) =>
        string.IsNullOrWhiteSpace(city) ? (district.Trim(), town.Trim()) : (city.Trim(), district.Trim());
}
