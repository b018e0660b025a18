using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Screens;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Ingestion.Screens;

public sealed class QuarantineDeskTests(GatewayScreensApp app) : IClassFixture<GatewayScreensApp>
{
    private const string Ops = "ops@demo.orderdesk";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private QuarantineDesk Desk => app.Get<QuarantineDesk>();

    [Fact]
    public async Task ReplayAsIs_NewPendingMessageReplacesTheOriginal_InOneAuditedSave()
    {
        var original = await QuarantinedAsync("tb-replay", TestOrderMapper.Payload(num: "\"two\""));

        ReplayResult result;
        using (CurrentUser.Use(Ops)) result = await Desk.ReplayAsync(original.Id, editedPayload: null, note: null, Ct);

        await using var db = await app.DbAsync();
        var replay = await db.InboxMessages.AsNoTracking().SingleAsync(m => m.Id == result.ReplayId, Ct);
        var before = await db.InboxMessages.AsNoTracking().SingleAsync(m => m.Id == original.Id, Ct);
        Assert.Null(result.NotJson);
        Assert.Equal((MessageState.Pending, original.Id, MessageSource.Replay), (replay.State, replay.ReplayOfId, replay.Source));
        Assert.Equal(original.Payload, replay.Payload);
        Assert.StartsWith($"replay:{original.Id}:", replay.MessageKey);
        Assert.Equal((MessageState.Replayed, QuarantineDesk.ReplayedAsIs), (before.State, before.ResolutionNote));
        var audits = await AuditsAsync(db, original.Id, replay.Id);
        Assert.Equal([(replay.Id.ToString(), "Added"), (original.Id.ToString(), "Modified")],
            audits.Select(a => (a.EntityId, a.Action)).OrderBy(a => a.Action));
        Assert.All(audits, a => Assert.Equal(Ops, a.UserName));
        Assert.Equal(["Quarantined", "Replayed"], JsonDocument.Parse(audits.Single(a => a.Action == "Modified").Changes).RootElement
            .GetProperty(nameof(InboxMessage.State)).EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task ReplayEdited_NotJson_RefusedWithWhereAndNothingChanged()
    {
        var original = await QuarantinedAsync("tb-badjson", TestOrderMapper.Payload(num: "\"two\""));

        var result = await Desk.ReplayAsync(original.Id, "{\n  \"trade\": {\n    \"num\": two\n  }\n}", "typo", Ct);

        Assert.Null(result.ReplayId);
        Assert.Equal(3, result.NotJson!.Line);
        await using var db = await app.DbAsync();
        Assert.Equal(MessageState.Quarantined, (await db.InboxMessages.SingleAsync(m => m.Id == original.Id, Ct)).State);
        Assert.False(await db.InboxMessages.AnyAsync(m => m.ReplayOfId == original.Id, Ct));
    }

    [Fact]
    public async Task ReplayEdited_StillInvalid_ReplayedAnywayWithTheEditedPayloadAndNote()
    {
        var original = await QuarantinedAsync("tb-edited", TestOrderMapper.Payload(num: "\"two\"", withMobile: false));
        var edited = PrettyPayload.Format(TestOrderMapper.Payload(num: "2", withMobile: false));
        var check = app.Get<PayloadCheck>().Check(Platform.Taobao, edited);
        Assert.Equal(["/trade"], check.Errors.Select(e => e.Path)); // the mobile is still missing: shown, but replay goes ahead

        ReplayResult result;
        using (CurrentUser.Use(Ops)) result = await Desk.ReplayAsync(original.Id, edited, "num two → 2", Ct);

        await using var db = await app.DbAsync();
        var replay = await db.InboxMessages.AsNoTracking().SingleAsync(m => m.Id == result.ReplayId, Ct);
        Assert.Equal((MessageState.Pending, edited), (replay.State, replay.Payload));
        Assert.Equal("num two → 2", (await db.InboxMessages.SingleAsync(m => m.Id == original.Id, Ct)).ResolutionNote);
    }

    [Fact]
    public async Task Replay_AlreadyReplayed_RefusedAndNoSecondReplay()
    {
        var original = await QuarantinedAsync("tb-twice", TestOrderMapper.Payload());
        await Desk.ReplayAsync(original.Id, null, null, Ct);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Desk.ReplayAsync(original.Id, null, null, Ct));

        Assert.Contains("Replayed", refused.Message);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.ReplayOfId == original.Id, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Discard_WithoutReason_RefusedAndStillQuarantined(string reason)
    {
        var original = await QuarantinedAsync($"tb-noreason-{reason.Length}", TestOrderMapper.Payload());

        await Assert.ThrowsAsync<DomainRuleException>(() => Desk.DiscardAsync(original.Id, reason, Ct));

        await using var db = await app.DbAsync();
        Assert.Equal(MessageState.Quarantined, (await db.InboxMessages.SingleAsync(m => m.Id == original.Id, Ct)).State);
    }

    [Fact]
    public async Task Discard_WithReason_DiscardedWithTheReasonAndAudited()
    {
        var original = await QuarantinedAsync("tb-discard", TestOrderMapper.Payload());

        using (CurrentUser.Use(Ops)) await Desk.DiscardAsync(original.Id, "  test order from the platform sandbox ", Ct);

        await using var db = await app.DbAsync();
        var after = await db.InboxMessages.AsNoTracking().SingleAsync(m => m.Id == original.Id, Ct);
        Assert.Equal((MessageState.Discarded, "test order from the platform sandbox"), (after.State, after.ResolutionNote));
        var audit = Assert.Single(await AuditsAsync(db, original.Id));
        Assert.Equal((Ops, "Modified"), (audit.UserName, audit.Action));
    }

    [Fact]
    public async Task Load_WithReplay_ShowsWhatReplacedIt()
    {
        var original = await QuarantinedAsync("tb-load", TestOrderMapper.Payload(), orderId: "4100099990001");
        var replayId = (await Desk.ReplayAsync(original.Id, null, null, Ct)).ReplayId;

        var view = await Desk.LoadAsync(original.Id, Ct);
        var replay = await Desk.LoadAsync(replayId!.Value, Ct);

        Assert.Equal((MessageState.Replayed, replayId, MessageState.Pending), (view!.State, view.ReplacedById, view.ReplacedByState));
        Assert.Equal(("4100099990001", "Shop tb-load", 1), (view.PlatformOrderId, view.ShopName, view.Attempts));
        Assert.Equal(original.Id, replay!.ReplayOfId);
        Assert.Null(await Desk.LoadAsync(long.MaxValue, Ct));
    }

    private async Task<InboxMessage> QuarantinedAsync(string code, string payload, string? orderId = null)
    {
        await using var db = await app.DbAsync();
        var (_, shop) = await TestData.ShopAsync(db, Platform.Taobao, code);
        return await app.QuarantinedAsync(shop.Id, shop.Code, Platform.Taobao, payload, "schema", app.Clock.GetUtcNow().AddMinutes(-5), orderId);
    }

    private static async Task<List<AuditEntry>> AuditsAsync(OrderDeskDbContext db, params long[] ids)
    {
        var keys = ids.Select(i => i.ToString()).ToList();
        // The messages' own "Added" entries were written by the test set-up as "system": only people's actions count here.
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(InboxMessage) && keys.Contains(a.EntityId) && a.UserName != CurrentUser.System)
            .OrderBy(a => a.Id).ToListAsync(Ct);
    }
}
