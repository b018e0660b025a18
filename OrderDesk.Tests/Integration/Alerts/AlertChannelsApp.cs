using System.Globalization;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>
/// The app with the e-mail and webhook alert channels on, retrying after a fifth of a second. Its tests run in the
/// Solo collection: Hangfire keeps one static log provider, pointing at the logger factory of the app that
/// configured it last, and the delivery jobs create Hangfire objects (clients, scheduled retries) while they run —
/// in parallel with other classes that dispose their apps, those fail with a disposed LoggerFactory.
/// </summary>
public abstract class AlertChannelsApp : OrderDeskApp, IAsyncLifetime
{
    public const string Secret = "test-secret-42";
    public const string From = "alerts@orderdesk.test";

    /// <summary>Starts whatever the channels point at and returns (SMTP port, webhook URL).</summary>
    protected abstract Task<(int SmtpPort, string WebhookUrl)> TargetsAsync();

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        var (smtpPort, webhookUrl) = await TargetsAsync();
        With("OrderDesk:Alerts:DeliveryFirstRetrySeconds", "0.2");
        With("OrderDesk:Alerts:Email:Enabled", "true");
        With("OrderDesk:Alerts:Email:Host", "127.0.0.1");
        With("OrderDesk:Alerts:Email:Port", smtpPort.ToString(CultureInfo.InvariantCulture));
        With("OrderDesk:Alerts:Email:StartTls", "false");
        With("OrderDesk:Alerts:Email:From", From);
        With("OrderDesk:Alerts:Webhook:Enabled", "true");
        With("OrderDesk:Alerts:Webhook:Url", webhookUrl);
        With("OrderDesk:Alerts:Webhook:Secret", Secret);
        await InitializeAsync();
    }
}
