using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>A platform's answer: the parsed body and the response headers (Link, Retry-After…).</summary>
public readonly record struct PlatformReply(JsonElement Root, HttpResponseHeaders Headers);

/// <summary>
/// Sends one request to a platform through the "platforms" HttpClient and turns everything that can go wrong on
/// the way (timeouts, connection errors, HTTP status, unreadable bodies) into <see cref="PlatformException"/>.
/// Only the caller's own cancellation escapes as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class PlatformGateway(IHttpClientFactory httpFactory, TimeProvider clock)
{
    public const string HttpClientName = "platforms";

    public Task<T> PostFormAsync<T>(Uri url, IEnumerable<KeyValuePair<string, string>> form, Func<PlatformReply, T> read,
        CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) }, read, ct);

    public Task<T> GetAsync<T>(Uri url, IReadOnlyDictionary<string, string> headers, Func<PlatformReply, T> read,
        CancellationToken ct) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
            return request;
        }, read, ct);

    private async Task<T> SendAsync<T>(Func<HttpRequestMessage> build, Func<PlatformReply, T> read, CancellationToken ct)
    {
        using var request = build();
        using var response = await ExchangeAsync(request, ct);
        var body = await ReadBodyAsync(response, ct);
        ThrowForStatus(response, body);
        try
        {
            using var json = JsonDocument.Parse(body);
            return read(new PlatformReply(json.RootElement, response.Headers));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException
                                       or FormatException or DomainRuleException or OverflowException)
        {
            // A half-written or reshaped body is usually a gateway hiccup; the next pull asks again.
            throw new PlatformException(PlatformErrorKind.Transient, "malformed-response",
                $"The platform's answer could not be read: {ex.Message} Body starts: {Snippet(body)}");
        }
    }

    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            // Buffer the whole body inside SendAsync: HttpClient.Timeout then covers a body that stalls half-way too.
            return await httpFactory.CreateClient(HttpClientName).SendAsync(request, ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Timeout(request);
        }
        catch (HttpRequestException ex)
        {
            throw new PlatformException(PlatformErrorKind.Transient, "connection", $"{request.RequestUri?.Host}: {ex.Message}");
        }
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Timeout(response.RequestMessage);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new PlatformException(PlatformErrorKind.Transient, "connection", $"The answer was cut off: {ex.Message}");
        }
    }

    private static PlatformException Timeout(HttpRequestMessage? request) =>
        new(PlatformErrorKind.Transient, "timeout", $"{request?.RequestUri?.Host} did not answer in time.");

    private void ThrowForStatus(HttpResponseMessage response, string body)
    {
        if (response.IsSuccessStatusCode) return;
        var status = (int)response.StatusCode;
        var message = $"HTTP {status} {response.ReasonPhrase}: {Snippet(body)}";
        throw response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests =>
                new PlatformException(PlatformErrorKind.RateLimited, "http-429", message, RetryAfter(response.Headers)),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new PlatformException(PlatformErrorKind.Auth, $"http-{status}", message),
            HttpStatusCode.RequestTimeout => new PlatformException(PlatformErrorKind.Transient, $"http-{status}", message),
            _ when status >= 500 => new PlatformException(PlatformErrorKind.Transient, $"http-{status}", message),
            _ => new PlatformException(PlatformErrorKind.Permanent, $"http-{status}", message),
        };
    }

    /// <summary>Retry-After as seconds (Shopify sends "2.0", hence decimals) or as an HTTP date.</summary>
    public TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Retry-After", out var values)) return null;
        var text = values.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(Math.Max(0, Math.Ceiling(seconds)));
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds)) : TimeSpan.Zero;
        }
        return null;
    }

    private static string Snippet(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
