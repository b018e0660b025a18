using System.Text;
using OrderDesk.Domain.Notifications;
using OrderDesk.Features.Alerts.Channels;

namespace OrderDesk.Tests.Unit.Alerts;

public sealed class AlertChannelTests
{
    private static readonly AlertMessage Resolved = new("d1", AlertMessage.Resolved, 42, "Shop failures", "Failures > 10 within 60 min",
        "TM-YJ01", NotificationSeverity.Critical, 3m, 10m, new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero), "/alerts/incidents/42", []);

    [Fact]
    public void Sign_MatchesAnIndependentHmacSha256() =>
        // python3: hmac.new(b"It's a secret", b'{"event":"incident.opened"}', hashlib.sha256).hexdigest()
        Assert.Equal("sha256=1a96349384f0e7d6e7b6df16a7ede796de6169d777e9a7a3729abe60465ca3f6",
            WebhookChannel.Sign(Encoding.UTF8.GetBytes("""{"event":"incident.opened"}"""), "It's a secret"));

    [Fact]
    public void Email_ResolvedEvent_SaysSoInSubjectAndBody()
    {
        Assert.Equal("Resolved: [Critical] Shop failures (TM-YJ01)", EmailChannel.Subject(Resolved));
        Assert.Equal("""
            Shop failures: Failures > 10 within 60 min
            Scope: TM-YJ01
            Value: 3 (threshold 10)
            Opened: 2026-11-24 02:00:00Z
            Resolved: 2026-11-24 03:00:00Z
            Details: /alerts/incidents/42

            """.ReplaceLineEndings(), EmailChannel.Body(Resolved));
    }

    [Fact]
    public void Options_Disabled_NeedNothing() =>
        Assert.Empty(new EmailOptions { Enabled = false }.Problems().Concat(new WebhookOptions { Enabled = false }.Problems()));

    [Fact]
    public void Options_Enabled_NameEveryBadKey()
    {
        Assert.Equal([
            "OrderDesk:Alerts:Email:Host is required when e-mail alerts are enabled.",
            "OrderDesk:Alerts:Email:Port must be between 1 and 65535.",
            "OrderDesk:Alerts:Email:From must be an e-mail address when e-mail alerts are enabled.",
            "OrderDesk:Alerts:Email:To has 'not-an-address', which is not an e-mail address.",
        ], new EmailOptions { Enabled = true, Port = 0, From = "", To = ["ops@example.com", "not-an-address"] }.Problems());
        Assert.Equal([
            "OrderDesk:Alerts:Webhook:Url must be an absolute http(s) URL when the alert webhook is enabled (it is 'ftp://x/').",
            "OrderDesk:Alerts:Webhook:Secret is required when the alert webhook is enabled.",
        ], new WebhookOptions { Enabled = true, Url = "ftp://x/" }.Problems());
    }
}
