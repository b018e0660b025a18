namespace OrderDesk.Features.Alerts.Channels;

/// <summary>OrderDesk:Alerts:Webhook — an outgoing, HMAC-signed webhook per incident event; off unless configured.</summary>
public sealed class WebhookOptions : IChannelOptions
{
    public const string Section = "OrderDesk:Alerts:Webhook";

    public bool Enabled { get; set; }
    public string Url { get; set; } = "";
    /// <summary>Key of the HMAC-SHA256 signature in X-OrderDesk-Signature.</summary>
    public string Secret { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 10;

    public IEnumerable<string> Problems()
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            yield return $"{Section}:Url must be an absolute http(s) URL when the alert webhook is enabled (it is '{Url}').";
        // An unsigned webhook would let anyone who learns the receiver's address forge alerts.
        if (string.IsNullOrEmpty(Secret)) yield return $"{Section}:Secret is required when the alert webhook is enabled.";
        if (TimeoutSeconds < 1) yield return $"{Section}:TimeoutSeconds must be at least 1.";
    }
}
