using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Inbox;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Platforms.WebShop;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Inbox;

/// <summary>Transient failures: retried after the delay, quarantined after the last try.</summary>
public sealed class InboxRetryTests(InboxRetryTests.App app) : IClassFixture<InboxRetryTests.App>
{
    /// <summary>The real app with a web shop mapper that fails like a flaky dependency when the note says so.</summary>
    public sealed class App : OrderDeskApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IOrderMapper, FlakyMapper>());
        }
    }

    private sealed class FlakyMapper : IOrderMapper
    {
        private readonly WebShopMapper _real = new();
        public Platform Platform => Platform.WebShop;
        public IReadOnlyList<PayloadError> Validate(string payload) => _real.Validate(payload);
        public string? TryReadOrderId(string payload) => _real.TryReadOrderId(payload);

        public CanonicalOrder Map(string shopCode, string payload) =>
            payload.Contains("\"note\":\"flaky\"", StringComparison.Ordinal)
                ? throw new TimeoutException("the address service timed out")
                : _real.Map(shopCode, payload);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_TransientFailure_RetriedAfterDelayThenQuarantinedAfterThreeTries()
    {
        var sender = await WebShopSender.CreateAsync(app);
        var processor = app.Get<InboxProcessor>();
        var order = new WebShopOrderJson(WebShopOrderJson.NextId(), app.Clock.GetUtcNow()) { Note = "flaky" };
        var webhookId = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Accepted, (await sender.PostAsync(order.ToString(), webhookId)).StatusCode);

        await processor.ProcessDueAsync(Ct);
        var first = await MessageAsync(webhookId);
        Assert.Equal((MessageState.Pending, 1), (first.State, first.Attempts));
        Assert.Contains("timed out", first.LastError);
        Assert.InRange(first.NextAttemptAt!.Value - app.Clock.GetUtcNow(), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(36));

        app.Clock.Advance(TimeSpan.FromSeconds(20));
        await processor.ProcessDueAsync(Ct);
        Assert.Equal(1, (await MessageAsync(webhookId)).Attempts); // not due yet

        app.Clock.Advance(TimeSpan.FromSeconds(17));
        await processor.ProcessDueAsync(Ct);
        Assert.Equal((MessageState.Pending, 2), ((await MessageAsync(webhookId)).State, (await MessageAsync(webhookId)).Attempts));

        app.Clock.Advance(TimeSpan.FromSeconds(37));
        await processor.ProcessDueAsync(Ct);
        var last = await MessageAsync(webhookId);
        Assert.Equal((MessageState.Quarantined, 3), (last.State, last.Attempts));
        Assert.Contains("TimeoutException: the address service timed out", last.LastError);
        await using var db = await app.DbAsync();
        Assert.False(await db.Orders.AnyAsync(o => o.PlatformOrderId == order.Id.ToString(), Ct));
    }

    private async Task<InboxMessage> MessageAsync(string webhookId)
    {
        await using var db = await app.DbAsync();
        return await db.InboxMessages.AsNoTracking().SingleAsync(m => m.MessageKey == $"webshop:{WebShopSender.DemoShop}:{webhookId}", Ct);
    }
}
