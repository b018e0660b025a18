namespace OrderDesk.Domain.Shared;

/// <summary>The sales channel an order or shop belongs to. Tmall shops run on Taobao's platform.</summary>
public enum Platform
{
    Taobao,
    Jd,
    Pinduoduo,
    WebShop,
}
