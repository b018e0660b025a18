using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Pulls;
using OrderDesk.Features.Ingestion.Screens;

namespace OrderDesk.Tests.Support;

/// <summary>
/// The app with <see cref="TestOrderMapper"/> for Taobao, so the quarantine screens have a validator to show
/// errors from before the real platform mappers exist (registered last, so it wins over a real one in these tests),
/// and <see cref="FakeSyncActions"/> bound the way the integrator binds the pull scheduler.
/// </summary>
public class GatewayScreensApp : OrderDeskApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services
            .AddSingleton<IOrderMapper, TestOrderMapper>()
            .AddSingleton<FakeSyncActions>()
            .AddSingleton<ISyncActions>(sp => sp.GetRequiredService<FakeSyncActions>()));
    }

    /// <summary>Stores a quarantined message for <paramref name="shop"/> received at <paramref name="receivedAt"/>.</summary>
    public async Task<InboxMessage> QuarantinedAsync(long shopId, string shopCode, Platform platform, string payload, string reason,
        DateTimeOffset receivedAt, string? orderId = null)
    {
        await using var db = await DbAsync();
        var message = new InboxMessage($"test:{Guid.NewGuid():N}", platform, shopId, shopCode, MessageSource.Webhook,
            "taobao.trade.fullinfo.get", orderId ?? Random.Shared.NextInt64(4_100_000_000_000, 4_199_999_999_999).ToString(),
            payload, receivedAt);
        message.Fail(reason, receivedAt.AddSeconds(1), receivedAt.AddSeconds(31), maxAttempts: 1);
        db.InboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message;
    }
}

/// <summary>A Taobao-shaped validator: orders' quantities must be integers and the receiver needs a mobile number.</summary>
public sealed class TestOrderMapper : IOrderMapper
{
    public const string MissingMobile = "Required properties [\"receiver_mobile\"] are not present";
    public const string NumNotInteger = "Value is \"string\" but should be \"integer\"";

    public Platform Platform => Platform.Taobao;

    /// <summary>A payload with one order line whose quantity is <paramref name="num"/> (a JSON literal).</summary>
    public static string Payload(string num = "2", bool withMobile = true) =>
        "{\"trade\":{\"tid\":4100012345678,\"status\":\"WAIT_SELLER_SEND_GOODS\",\"receiver_name\":\"张伟\","
        + (withMobile ? "\"receiver_mobile\":\"13812345678\"," : "")
        + "\"orders\":[{\"outer_sku_id\":\"TS-RED-M\",\"num\":" + num + ",\"price\":\"59.00\"}]}}";

    public IReadOnlyList<PayloadError> Validate(string payload)
    {
        var errors = new List<PayloadError>();
        using var document = System.Text.Json.JsonDocument.Parse(payload);
        if (!document.RootElement.TryGetProperty("trade", out var trade)) return [new PayloadError("", "Required properties [\"trade\"] are not present")];
        if (!trade.TryGetProperty("receiver_mobile", out _)) errors.Add(new PayloadError("/trade", MissingMobile));
        if (trade.TryGetProperty("orders", out var orders) && orders.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            var i = 0;
            foreach (var order in orders.EnumerateArray())
            {
                if (order.TryGetProperty("num", out var num) && num.ValueKind != System.Text.Json.JsonValueKind.Number)
                    errors.Add(new PayloadError($"/trade/orders/{i}/num", NumNotInteger));
                i++;
            }
        }
        return errors;
    }

    public CanonicalOrder Map(string shopCode, string payload) => throw new MappingException("The test mapper only validates.");

    public string? TryReadOrderId(string payload) => null;
}

/// <summary>Stands in for the pull scheduler: records pull requests and answers reconciliations with <see cref="Missing"/>.</summary>
public sealed class FakeSyncActions : ISyncActions
{
    private readonly List<long> _pulled = [];

    public IReadOnlyList<string> Missing { get; set; } = ["4100000000001", "4100000000002"];

    public IReadOnlyList<long> Pulled
    {
        get { lock (_pulled) return [.. _pulled]; }
    }

    public Task<PullNowOutcome> PullNowAsync(long shopId, CancellationToken ct)
    {
        lock (_pulled) _pulled.Add(shopId);
        return Task.FromResult(PullNowOutcome.Requested);
    }

    public Task<ReconciliationResult> ReconcileAsync(long shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Task.FromResult(new ReconciliationResult(shopId, $"shop-{shopId}", from, to, 10 + Missing.Count, 10, Missing, []));
}
