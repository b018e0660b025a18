using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// <c>POST /api/webhooks/webshop/{shopCode}</c>: the web shop's Shopify-style deliveries. Verifies the HMAC over
/// the raw body, stores the body unchanged in the inbox and answers 202 only after the commit. A body that is
/// JSON but not a valid order is stored all the same (the worker quarantines it with the reason): the sender
/// gives up on a subscription after 8 straight failures, so a refusal is only for what cannot be stored at all.
/// </summary>
public static class WebShopWebhook
{
    public const string Route = "/api/webhooks/webshop/{shopCode}";
    public const int MaxWebhookIdLength = 100;

    public static void Map(WebApplication app)
    {
        var maxBytes = app.Services.GetRequiredService<IngestionOptions>().MaxWebhookBytes;
        app.MapPost(Route, ReceiveAsync)
            .AllowAnonymous()          // the app's fallback policy requires a signed-in user; the HMAC is this endpoint's auth
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes))
            .WithName("WebShopWebhook");
    }

    private static async Task<IResult> ReceiveAsync(string shopCode, HttpContext http, WebhookShops shops,
        InboxCommitQueue queue, IngestionOptions options, TimeProvider clock)
    {
        var ct = http.RequestAborted;
        var shop = await shops.FindAsync(shopCode, ct);
        if (shop is null) return Error(StatusCodes.Status404NotFound, $"No web shop '{shopCode}'.");
        if (!shop.Enabled) return Error(StatusCodes.Status404NotFound, $"Web shop '{shopCode}' is disabled.");

        var request = http.Request;
        var max = options.MaxWebhookBytes;
        if (request.ContentLength > max) return TooLarge(max);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;
        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request.Body, max, request.ContentLength, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max);
        }
        if (body is null) return TooLarge(max);

        if (shop.Secret.Length == 0 || !Signing.ShopifyHmacMatches(body, shop.Secret, request.Headers["X-Shopify-Hmac-SHA256"]))
            return Error(StatusCodes.Status401Unauthorized, "Missing or invalid X-Shopify-Hmac-SHA256 signature.");

        var webhookId = request.Headers["X-Shopify-Webhook-Id"].ToString().Trim();
        if (webhookId.Length == 0) return Error(StatusCodes.Status400BadRequest, "Missing X-Shopify-Webhook-Id header.");
        if (webhookId.Length > MaxWebhookIdLength)
            return Error(StatusCodes.Status400BadRequest, $"X-Shopify-Webhook-Id is longer than {MaxWebhookIdLength} characters.");
        if (WellFormedJsonError(body, out var orderId) is { } jsonError)
            return Error(StatusCodes.Status400BadRequest, $"The body is not JSON: {jsonError}");

        var payload = Encoding.UTF8.GetString(body);
        var messageKey = $"webshop:{shop.Code}:{webhookId}";
        var message = new InboxMessage(messageKey, Platform.WebShop, shop.Id, shop.Code, MessageSource.Webhook,
            request.Headers["X-Shopify-Topic"].ToString(), orderId, payload, clock.GetUtcNow());
        bool isNew;
        try
        {
            isNew = await queue.StoreAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, "The delivery could not be stored; please retry.");
        }
        return Results.Json(new { status = isNew ? "stored" : "duplicate", messageKey }, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the body is longer (chunked bodies have no length to check first).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream stream, int max, long? length, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Min(length ?? 16 * 1024, max));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > max) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// One forward pass over the body: null if it is well-formed JSON, else the reason. On the way it picks up the
    /// order's top-level numeric <c>id</c> (as <c>WebShopMapper.TryReadOrderId</c> reads it, without building a
    /// document): full parsing and validation are the worker's job, not the acknowledgement's.
    /// </summary>
    private static string? WellFormedJsonError(byte[] body, out string orderId)
    {
        orderId = "";
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read()) return "empty body";
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isId = reader.ValueTextEquals("id"u8);
                    reader.Read();
                    if (isId && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var id))
                        orderId = id.ToString(CultureInfo.InvariantCulture);
                    else reader.Skip();
                }
            }
            else reader.Skip();
            while (reader.Read()) { }
            return null;
        }
        catch (JsonException e)
        {
            return e.Message;
        }
    }

    private static IResult TooLarge(int max) =>
        Error(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {max} bytes.");

    private static IResult Error(int status, string error) => Results.Json(new { error }, statusCode: status);
}
