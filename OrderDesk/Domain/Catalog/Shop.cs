using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Catalog;

/// <summary>
/// A storefront on one platform. Its credentials are kept only as ciphertext produced by the
/// hosting layer's data protection; the domain never sees them in clear.
/// </summary>
public sealed class Shop : IAudited
{
    public long Id { get; private set; }
    public Platform Platform { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>A Tmall storefront: it runs on Taobao's platform and API.</summary>
    public bool IsTmall { get; private set; }
    public long DefaultWarehouseId { get; private set; }
    public string? OwnerUserId { get; private set; }
    public string ApiBaseUrl { get; private set; } = "";
    public string ProtectedCredentials { get; private set; } = "";
    /// <summary>A short, safe hint of the stored credentials (e.g. "app key 12…89"), for display.</summary>
    public string CredentialsHint { get; private set; } = "";
    public bool Enabled { get; private set; }

    public string Storefront => IsTmall ? "Tmall" : Platform.ToString();

    private Shop() { }

    public Shop(Platform platform, string code, string name, long defaultWarehouseId, bool isTmall = false)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainRuleException("A shop needs a code.");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainRuleException("A shop needs a name.");
        if (isTmall && platform != Platform.Taobao) throw new DomainRuleException("Only Taobao shops can be Tmall storefronts.");
        Platform = platform;
        Code = code.Trim();
        Name = name.Trim();
        DefaultWarehouseId = defaultWarehouseId;
        IsTmall = isTmall;
        Enabled = true;
    }

    public void StoreCredentials(string protectedCredentials, string hint)
    {
        ProtectedCredentials = protectedCredentials;
        CredentialsHint = hint;
    }

    public void Rename(string name) => Name = string.IsNullOrWhiteSpace(name)
        ? throw new DomainRuleException("A shop needs a name.")
        : name.Trim();

    public void MoveToWarehouse(long warehouseId) => DefaultWarehouseId = warehouseId;

    public void PointAt(string apiBaseUrl) => ApiBaseUrl = apiBaseUrl;

    public void AssignOwner(string? userId) => OwnerUserId = userId;

    public void Enable() => Enabled = true;

    public void Disable() => Enabled = false;
}
