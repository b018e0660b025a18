using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Orders;

/// <summary>One line of the orders list, projected by SQL; <see cref="Phone"/> is already masked unless the viewer may see it.</summary>
public sealed record OrderRow(
    long Id,
    string PlatformOrderId,
    Platform Platform,
    bool IsTmall,
    string ShopName,
    OrderStatus Status,
    string ReceiverName,
    string Phone,
    string Province,
    string City,
    int Items,
    Money Paid,
    DateTimeOffset CreatedAt,
    string? WarehouseName,
    string ExceptionReason)
{
    public Storefront Storefront => Storefronts.Of(Platform, IsTmall);

    public string Place => City.Length == 0 || City == Province ? Province : $"{Province} {City}";
}
