using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Admin;

public sealed record ShopRow(
    long Id, Platform Platform, bool IsTmall, string Code, string Name, string WarehouseCode, string WarehouseName,
    string? OwnerName, string? OwnerEmail, string ApiBaseUrl, string CredentialsHint, bool Enabled)
{
    public string Storefront => IsTmall ? "Tmall" : Platform.ToString();
}

public sealed record UserChoice(string Id, string Label);

public sealed record WarehouseChoice(long Id, string Label);

public sealed record ShopChoices(IReadOnlyList<WarehouseChoice> Warehouses, IReadOnlyList<UserChoice> Users);
