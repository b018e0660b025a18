using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OrderDesk.Features.Alerts.Channels;

/// <summary>
/// POSTs each incident event as JSON to <see cref="WebhookOptions.Url"/>, signed with HMAC-SHA256 of the raw body
/// (X-OrderDesk-Signature: sha256=&lt;hex&gt;). Anything but 2xx is a failure, so the job retries it.
/// </summary>
public sealed class WebhookChannel(WebhookOptions options, IHttpClientFactory httpFactory, TimeProvider clock) : IAlertChannel
{
    public const string ChannelName = "webhook";
    public const string HttpClientName = "alert-webhook";
    public const string SignatureHeader = "X-OrderDesk-Signature";
    public const string TimestampHeader = "X-OrderDesk-Timestamp";
    public const string DeliveryHeader = "X-OrderDesk-Delivery";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public string Name => ChannelName;
    public bool Enabled => options.Enabled;
    public string Target => options.Url;

    public async Task<string> SendAsync(AlertMessage message, CancellationToken ct)
    {
        var body = Body(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Sign(body, options.Secret));
        request.Headers.Add(TimestampHeader, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(DeliveryHeader, message.DeliveryId);

        var http = httpFactory.CreateClient(HttpClientName);
        http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{options.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        return $"Webhook {message.Event} delivered to {options.Url} (delivery {message.DeliveryId})";
    }

    public static byte[] Body(AlertMessage m) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        @event = m.Event,
        deliveryId = m.DeliveryId,
        incidentId = m.IncidentId,
        rule = m.Rule,
        condition = m.Condition,
        scope = m.Scope,
        severity = m.Severity.ToString(),
        value = m.Value,
        threshold = m.Threshold,
        openedAt = m.OpenedAt,
        resolvedAt = m.ResolvedAt,
        url = m.Url,
    }, s_json);

    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
