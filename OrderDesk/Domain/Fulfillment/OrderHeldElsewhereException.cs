namespace OrderDesk.Domain.Fulfillment;

/// <summary>Another station is working the order; the message names who, where and since when.</summary>
public sealed class OrderHeldElsewhereException(string holderName, string station, DateTimeOffset since)
    : Exception($"{holderName} is working this order at station {station} since {since:HH:mm} UTC.")
{
    public string HolderName { get; } = holderName;
    public string Station { get; } = station;
    public DateTimeOffset Since { get; } = since;
}
