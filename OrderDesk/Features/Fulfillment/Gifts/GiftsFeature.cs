namespace OrderDesk.Features.Fulfillment.Gifts;

public static class GiftsFeature
{
    public static IServiceCollection AddGifts(this IServiceCollection services) => services.AddSingleton<GiftRuleService>();
}
