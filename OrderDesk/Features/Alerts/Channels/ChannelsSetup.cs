using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrderDesk.Features.Alerts.Channels;

public static class ChannelsSetup
{
    /// <summary>E-mail (OrderDesk:Alerts:Email) and webhook (OrderDesk:Alerts:Webhook) channels; bad settings stop the start.</summary>
    public static IServiceCollection AddAlertChannels(this IServiceCollection services, IConfiguration configuration)
    {
        AddChecked<EmailOptions>(services, configuration, EmailOptions.Section);
        AddChecked<WebhookOptions>(services, configuration, WebhookOptions.Section);
        services.AddHttpClient(WebhookChannel.HttpClientName);
        services.AddSingleton<IAlertChannel, EmailChannel>();
        services.AddSingleton<IAlertChannel, WebhookChannel>();
        services.AddSingleton<AlertDeliveries>();
        services.AddTransient<AlertDeliveryJob>();
        return services;
    }

    private static void AddChecked<T>(IServiceCollection services, IConfiguration configuration, string section) where T : class, IChannelOptions
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, ChannelOptionsValidator<T>>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
    }
}
