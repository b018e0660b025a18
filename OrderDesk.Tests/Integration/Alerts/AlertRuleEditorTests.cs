using Microsoft.EntityFrameworkCore;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Notifications;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Alerts;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>The rule editor's service against real SQLite: every refusal comes back on its field, and nothing is saved.</summary>
public sealed class AlertRuleEditorTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AlertRules Rules => app.Get<AlertRules>();

    private static AlertRuleForm Form(string name) => new()
    {
        Name = name, Metric = AlertMetric.Failures, Scope = AlertScope.Shop, Threshold = "5", WindowMinutes = 30,
        NotifyShopOwner = true, RecipientRoles = [Roles.OpsManager],
    };

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "threshold=abc", nameof(AlertRule.Threshold), AlertRules.ThresholdNotNumber },
        { "threshold=1,5", nameof(AlertRule.Threshold), AlertRules.ThresholdNotNumber },
        { "threshold=-1", nameof(AlertRule.Threshold), "ThresholdNegative" },
        { "rate=2", nameof(AlertRule.Threshold), "RateAboveOne" },
        { "window=0", nameof(AlertRule.WindowMinutes), "WindowTooShort" },
        { "name=", nameof(AlertRule.Name), "NameRequired" },
        { "name=Shop failures", nameof(AlertRule.Name), "NameTaken" },
        { "user=nobody", nameof(AlertRule.RecipientUserIds), "UserUnknown" },
        { "shop=no-such-shop", nameof(AlertRule.ScopeValue), AlertRules.ShopUnknown },
        { "recipients=none", nameof(AlertRule.NotifyShopOwner), "RecipientsRequired" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Save_BadField_RefusedOnThatField_NothingSaved(string change, string field, string code)
    {
        var form = Form($"Editor {change}");
        var (key, value) = (change.Split('=')[0], change.Split('=')[1]);
        switch (key)
        {
            case "threshold": form.Threshold = value; break;
            case "rate": form.Metric = AlertMetric.FailureRate; form.Threshold = value; break;
            case "window": form.WindowMinutes = int.Parse(value); break;
            case "name": form.Name = value; break;
            case "user": form.RecipientUserIds = [value]; break;
            case "shop": form.ScopeValue = value; break;
            case "recipients": form.NotifyShopOwner = false; form.RecipientRoles = []; break;
        }
        var before = await CountAsync();

        var result = await Rules.SaveAsync(null, form, Ct);

        Assert.False(result.Saved);
        Assert.Equal(code, Assert.Single(result.Problems, p => p.Field == field).Code);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Save_SeveralBadFields_AllReportedAtOnce_EachOnItsOwnField()
    {
        var form = Form("Shop failures");
        form.Threshold = "ten";
        form.RecipientUserIds = ["ghost"];

        var result = await Rules.SaveAsync(null, form, Ct);

        Assert.Equal([nameof(AlertRule.Name), nameof(AlertRule.RecipientUserIds), nameof(AlertRule.Threshold)], result.Problems.Select(p => p.Field).Order());

        form.Name = "";
        form.Threshold = "-3";
        form.WindowMinutes = 0;
        form.NotifyShopOwner = false;
        form.RecipientRoles = [];
        form.RecipientUserIds = [];
        result = await Rules.SaveAsync(null, form, Ct);
        Assert.Equal(["NameRequired", "RecipientsRequired", "ThresholdNegative", "WindowTooShort"],
            result.Problems.Select(p => p.Code).Order());
    }

    [Fact]
    public async Task Save_NewThenEdit_StoresEverySetting_AuditsBoth_AndListsOpenIncidents()
    {
        string userId;
        await using (var db = await app.DbAsync())
            userId = await db.Users.Where(u => u.Email == "supervisor@demo.orderdesk").Select(u => u.Id).SingleAsync(Ct);
        var form = Form("Editor JD rate");
        form.Metric = AlertMetric.FailureRate;
        form.Scope = AlertScope.Platform;
        form.ScopeValue = "jd";
        form.Threshold = "0.05";
        form.Severity = NotificationSeverity.Critical;
        form.RecipientUserIds = [userId];

        var created = await Rules.SaveAsync(null, form, Ct);
        Assert.True(created.Saved);
        var edit = await Rules.EditFormAsync(created.RuleId, Ct);
        Assert.NotNull(edit);
        Assert.Equal(("Jd", "0.05", NotificationSeverity.Critical), (edit.ScopeValue, edit.Threshold, edit.Severity));
        Assert.Equal([userId], edit.RecipientUserIds);

        edit.WindowMinutes = 120;
        Assert.True((await Rules.SaveAsync(created.RuleId, edit, Ct)).Saved);
        await Rules.SetEnabledAsync(created.RuleId, false, Ct);

        var row = Assert.Single(await Rules.ListAsync(Ct), r => r.Id == created.RuleId);
        Assert.Equal((120, false, 0), (row.WindowMinutes, row.Enabled, row.OpenIncidents));
        Assert.Contains(row.RecipientUsers, name => name.Length > 0 && name != userId);
        await using var check = await app.DbAsync();
        var audits = await check.AuditEntries.Where(a => a.EntityType == nameof(AlertRule) && a.EntityId == created.RuleId.ToString())
            .Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["Added", "Modified", "Modified"], audits);
    }

    private async Task<int> CountAsync()
    {
        await using var db = await app.DbAsync();
        return await db.AlertRules.CountAsync(Ct);
    }
}
