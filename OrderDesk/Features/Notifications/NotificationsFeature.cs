namespace OrderDesk.Features.Notifications;

public static class NotificationsFeature
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<NotificationFeed>();
        services.AddScoped<NotificationCenter>();
        services.AddScoped<Notifier>();
        return services;
    }
}
