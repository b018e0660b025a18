using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Admin;

/// <summary>What the shop dialog edits. Credential fields start empty and are never filled from storage.</summary>
public sealed class ShopForm
{
    public Platform Platform { get; set; } = Platform.Taobao;
    public bool IsTmall { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public long DefaultWarehouseId { get; set; }
    public string? OwnerUserId { get; set; }
    public string ApiBaseUrl { get; set; } = "";
    public bool Enabled { get; set; } = true;

    // Blank means "keep what is stored" — field by field, so an expired access token can be
    // replaced without retyping the app secret.
    public string AppKey { get; set; } = "";
    public string AppSecret { get; set; } = "";
    public string AccessToken { get; set; } = "";

    public bool ReplacesCredentials =>
        !string.IsNullOrWhiteSpace(AppKey) || !string.IsNullOrWhiteSpace(AppSecret) || !string.IsNullOrWhiteSpace(AccessToken);
}

/// <summary>Why a shop form was refused; the page turns each into a localized message next to its field.</summary>
public enum ShopProblem
{
    CodeRequired,
    CodeTaken,
    NameRequired,
    WarehouseRequired,
    OwnerUnknown,
    UrlInvalid,
    KeyAndSecretRequired,
}

public sealed record ShopSaveResult(long ShopId, IReadOnlyDictionary<string, ShopProblem> Problems)
{
    public bool Saved => Problems.Count == 0;

    public static ShopSaveResult Refused(IReadOnlyDictionary<string, ShopProblem> problems) => new(0, problems);
}
