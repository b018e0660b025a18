using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Orders;

/// <summary>
/// The channel as people name it: Tmall shops run on Taobao's platform but are a different storefront,
/// so the list shows and filters "Tmall", and "Taobao" means Taobao shops that are not Tmall.
/// </summary>
public enum Storefront
{
    Taobao,
    Tmall,
    Jd,
    Pinduoduo,
    WebShop,
}

public static class Storefronts
{
    public static Storefront Of(Platform platform, bool isTmall) => platform switch
    {
        Platform.Taobao => isTmall ? Storefront.Tmall : Storefront.Taobao,
        Platform.Jd => Storefront.Jd,
        Platform.Pinduoduo => Storefront.Pinduoduo,
        _ => Storefront.WebShop,
    };

    public static Platform PlatformOf(Storefront storefront) => storefront switch
    {
        Storefront.Taobao or Storefront.Tmall => Platform.Taobao,
        Storefront.Jd => Platform.Jd,
        Storefront.Pinduoduo => Platform.Pinduoduo,
        _ => Platform.WebShop,
    };
}
