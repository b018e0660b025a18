using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Orders;

/// <summary>Where and to whom an order ships. The phone may arrive masked by the platform and stays so.</summary>
public sealed record Receiver(
    string Name,
    string Phone,
    string Province,
    string City,
    string District,
    string Detail,
    string PostalCode)
{
    public string MaskedPhone => PhoneMask.Mask(Phone);

    public string PhoneLastFour => PhoneMask.LastFour(Phone);

    public string FullAddress => $"{Province}{(City == Province ? "" : City)}{District}{Detail}";
}
