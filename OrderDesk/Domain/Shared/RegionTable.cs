namespace OrderDesk.Domain.Shared;

/// <summary>Real provinces with cities and districts, and the logistics region carriers price by.</summary>
public sealed record RegionTable(IReadOnlyList<Province> Provinces);

public sealed record Province(string Name, string En, string Region, bool Remote, IReadOnlyList<City> Cities);

public sealed record City(string Name, IReadOnlyList<string> Districts);
