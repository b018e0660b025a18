using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OrderDesk.Domain.Catalog;

namespace OrderDesk.Features.Admin;

/// <summary>A shop's platform credentials in clear; only ever held in memory.</summary>
public sealed record ShopSecret(string AppKey, string AppSecret, string AccessToken);

/// <summary>
/// Encrypts shop credentials at rest with ASP.NET Data Protection (keys in the data directory's
/// database) and shows them back only as a short hint, never in full.
/// </summary>
public sealed class ShopCredentials(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("OrderDesk.ShopCredentials.v1");

    public void Store(Shop shop, ShopSecret secret) =>
        shop.StoreCredentials(_protector.Protect(JsonSerializer.Serialize(secret)), Hint(secret));

    public ShopSecret? Read(Shop shop) =>
        shop.ProtectedCredentials.Length == 0
            ? null
            : JsonSerializer.Deserialize<ShopSecret>(_protector.Unprotect(shop.ProtectedCredentials));

    /// <summary>"app key ab…yz, secret ••••": enough to tell two configurations apart, too little to use.</summary>
    public static string Hint(ShopSecret secret) => $"app key {Mask(secret.AppKey)}, secret ••••";

    public static string Mask(string value) =>
        value.Length <= 4 ? new string('•', value.Length) : $"{value[..2]}…{value[^2..]}";
}
