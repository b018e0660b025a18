using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Simulators;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Simulators;

/// <summary>Signed calls to the simulator endpoints, built the way a platform SDK builds them.</summary>
public static class SimulatorCalls
{
    public sealed record Answer(HttpStatusCode Status, JsonNode? Json, HttpResponseMessage Response);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ShopSecret> SecretAsync(OrderDeskApp app, string shopCode)
    {
        await using var db = await app.DbAsync();
        var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Code == shopCode, Ct);
        return app.Get<ShopCredentials>().Read(shop)!;
    }

    public static async Task<Answer> TaobaoAsync(OrderDeskApp app, string shopCode, Dictionary<string, string> business,
        string signMethod = "md5", Action<Dictionary<string, string>>? tamper = null)
    {
        var secret = await SecretAsync(app, shopCode);
        var p = new Dictionary<string, string>(business)
        {
            ["method"] = TaobaoSimulator.Method, ["app_key"] = secret.AppKey, ["session"] = secret.AccessToken,
            ["timestamp"] = SimTime.ChinaText(app.Clock.GetUtcNow()), ["v"] = "2.0", ["sign_method"] = signMethod, ["format"] = "json",
        };
        p["sign"] = Signing.Top(p, secret.AppSecret, signMethod);
        tamper?.Invoke(p);
        return await PostAsync(app, "/sim/taobao/router/rest", p);
    }

    public static Dictionary<string, string> TopWindow(DateTimeOffset from, DateTimeOffset to, int page = 1, int pageSize = 40, bool useHasNext = false)
    {
        var p = new Dictionary<string, string>
        {
            ["start_modified"] = SimTime.ChinaText(from), ["end_modified"] = SimTime.ChinaText(to),
            ["page_no"] = page.ToString(CultureInfo.InvariantCulture), ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
        };
        if (useHasNext) p["use_has_next"] = "true";
        return p;
    }

    public static async Task<Answer> PddAsync(OrderDeskApp app, string shopCode, DateTimeOffset from, DateTimeOffset to, int page = 1,
        int pageSize = 100, Action<Dictionary<string, string>>? tamper = null)
    {
        var secret = await SecretAsync(app, shopCode);
        var p = new Dictionary<string, string>
        {
            ["type"] = PinduoduoSimulator.Type, ["client_id"] = secret.AppKey, ["access_token"] = secret.AccessToken,
            ["timestamp"] = app.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ["data_type"] = "JSON", ["version"] = "V1",
            ["start_updated_at"] = from.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["end_updated_at"] = to.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["order_status"] = "5", ["refund_status"] = "5", ["use_has_next"] = "true",
            ["page"] = page.ToString(CultureInfo.InvariantCulture), ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
        };
        p["sign"] = Signing.Md5(p, secret.AppSecret);
        tamper?.Invoke(p);
        return await PostAsync(app, "/sim/pinduoduo/api/router", p);
    }

    public static async Task<Answer> JdAsync(OrderDeskApp app, string shopCode, JsonObject business, Action<Dictionary<string, string>>? tamper = null)
    {
        var secret = await SecretAsync(app, shopCode);
        var p = new Dictionary<string, string>
        {
            ["method"] = JdSimulator.Method, ["app_key"] = secret.AppKey, ["access_token"] = secret.AccessToken,
            ["timestamp"] = SimTime.ChinaText(app.Clock.GetUtcNow()), ["v"] = "2.0", ["sign_method"] = "md5",
            ["360buy_param_json"] = business.ToJsonString(),
        };
        p["sign"] = Signing.Md5(p, secret.AppSecret);
        tamper?.Invoke(p);
        return await PostAsync(app, "/sim/jd/routerjson", p);
    }

    public static async Task<Answer> WebShopAsync(OrderDeskApp app, string token, string pathAndQuery)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Add("X-Shopify-Access-Token", token);
        return await ReadAsync(await client.SendAsync(request, Ct));
    }

    private static async Task<Answer> PostAsync(OrderDeskApp app, string path, Dictionary<string, string> form)
    {
        using var client = app.CreateClient();
        return await ReadAsync(await client.PostAsync(path, new FormUrlEncodedContent(form), Ct));
    }

    private static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        JsonNode? json = null;
        try { json = text.Length > 0 ? JsonNode.Parse(text) : null; }
        catch (System.Text.Json.JsonException) { }
        return new Answer(response.StatusCode, json, response);
    }
}
