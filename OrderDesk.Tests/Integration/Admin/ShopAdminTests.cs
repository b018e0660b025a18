using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Admin;
using OrderDesk.Hosting;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Admin;

public sealed class ShopAdminTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private const string Admin = "admin@demo.orderdesk";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ShopAdmin Shops => app.Get<ShopAdmin>();

    [Fact]
    public async Task Create_WithCredentials_StoresThemEncryptedAndReadsThemBack()
    {
        var secret = Unique("SECRETxQ");
        var token = Unique("TOKENxQ");
        var id = await CreateAsync(Platform.Taobao, "tb-enc", appKey: "appkey20261124", appSecret: secret, accessToken: token);

        await using var db = await app.DbAsync();
        var shop = await db.Shops.SingleAsync(s => s.Id == id, Ct);
        Assert.NotEmpty(shop.ProtectedCredentials);
        Assert.DoesNotContain(secret, shop.ProtectedCredentials);
        Assert.DoesNotContain(token, shop.ProtectedCredentials);
        Assert.DoesNotContain("appkey20261124", shop.ProtectedCredentials);
        Assert.Equal(new ShopSecret("appkey20261124", secret, token), app.Get<ShopCredentials>().Read(shop));
        Assert.Equal("app key ap…24, secret ••••", shop.CredentialsHint);
        Assert.False(DatabaseFilesContain(secret), "the clear app secret was found in the database files");
        Assert.False(DatabaseFilesContain(token), "the clear access token was found in the database files");
    }

    [Fact]
    public async Task ShopsPage_AsAdmin_ShowsHintButNeverTheSecretOrCiphertext()
    {
        var secret = Unique("PAGESECRET");
        var token = Unique("PAGETOKEN");
        var id = await CreateAsync(Platform.Jd, "jd-page", appKey: "jdkey98765", appSecret: secret, accessToken: token);
        await using var db = await app.DbAsync();
        var ciphertext = (await db.Shops.SingleAsync(s => s.Id == id, Ct)).ProtectedCredentials;
        var client = await app.SignedInAsync(Admin);

        var response = await client.GetAsync("/admin/shops", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("jd-page", html);
        Assert.Contains("app key jd…65, secret ••••", html);
        Assert.DoesNotContain(secret, html);
        Assert.DoesNotContain(token, html);
        Assert.DoesNotContain("jdkey98765", html);
        Assert.DoesNotContain(ciphertext, html);
        Assert.DoesNotContain(ciphertext[^24..], html);
    }

    [Fact]
    public async Task Update_BlankCredentialFields_KeepsTheStoredOnes()
    {
        var id = await CreateAsync(Platform.Pinduoduo, "pdd-keep", appKey: "pddkey-1", appSecret: "pdd-secret-1", accessToken: "pdd-token-1");
        var before = await ShopAsync(id);
        var form = (await Shops.EditFormAsync(id, Ct))!;
        Assert.Equal(("", "", ""), (form.AppKey, form.AppSecret, form.AccessToken));
        form.Name = "Renamed PDD shop";

        var result = await Shops.UpdateAsync(id, form, Ct);

        Assert.True(result.Saved);
        var after = await ShopAsync(id);
        Assert.Equal("Renamed PDD shop", after.Name);
        Assert.Equal(before.ProtectedCredentials, after.ProtectedCredentials);
        Assert.Equal(new ShopSecret("pddkey-1", "pdd-secret-1", "pdd-token-1"), app.Get<ShopCredentials>().Read(after));
    }

    [Fact]
    public async Task Update_OnlyAccessTokenTyped_ReplacesTokenAndKeepsKeyAndSecret()
    {
        var id = await CreateAsync(Platform.Taobao, "tb-token", appKey: "tbkey-1", appSecret: "tb-secret-1", accessToken: "tb-token-old");
        var form = (await Shops.EditFormAsync(id, Ct))!;
        form.AccessToken = "tb-token-new";

        Assert.True((await Shops.UpdateAsync(id, form, Ct)).Saved);

        Assert.Equal(new ShopSecret("tbkey-1", "tb-secret-1", "tb-token-new"), app.Get<ShopCredentials>().Read(await ShopAsync(id)));
    }

    [Fact]
    public async Task Create_DuplicateCodeOnSamePlatform_RefusedWithClearMessageAndNothingChanged()
    {
        await CreateAsync(Platform.Jd, "jd-dup");
        await using var db = await app.DbAsync();
        var shopsBefore = await db.Shops.CountAsync(Ct);
        var auditsBefore = await db.AuditEntries.CountAsync(Ct);

        var result = await Shops.CreateAsync(await FormAsync(Platform.Jd, "JD-DUP"), Ct);

        Assert.False(result.Saved);
        Assert.Equal(ShopProblem.CodeTaken, Assert.Single(result.Problems, p => p.Key == nameof(ShopForm.Code)).Value);
        Assert.Equal(shopsBefore, await db.Shops.CountAsync(Ct));
        Assert.Equal(auditsBefore, await db.AuditEntries.CountAsync(Ct));
        var message = app.Get<IStringLocalizer<ShopsPage>>()[$"Problem_{ShopProblem.CodeTaken}", "JD"];
        Assert.False(message.ResourceNotFound);
        Assert.Equal("Another JD shop already uses this code.", message.Value);
    }

    [Fact]
    public async Task Create_SameCodeOnAnotherPlatform_Allowed()
    {
        await CreateAsync(Platform.Jd, "shared-code");
        var result = await Shops.CreateAsync(await FormAsync(Platform.WebShop, "shared-code"), Ct);
        Assert.True(result.Saved);
    }

    [Fact]
    public async Task Create_TmallOnJd_RefusedByTheDomainAndNothingSaved()
    {
        var form = await FormAsync(Platform.Jd, "jd-tmall");
        form.IsTmall = true;

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Shops.CreateAsync(form, Ct));

        Assert.Contains("Tmall", refused.Message);
        await using var db = await app.DbAsync();
        Assert.False(await db.Shops.AnyAsync(s => s.Code == "jd-tmall", Ct));
    }

    [Fact]
    public async Task Create_EmptyCodeNameAndHalfCredentials_ReportsEachField()
    {
        var form = await FormAsync(Platform.Taobao, "  ");
        form.Name = "";
        form.AppKey = "only-a-key";
        form.ApiBaseUrl = "gw.api.taobao.com";

        var result = await Shops.CreateAsync(form, Ct);

        Assert.Equal(ShopProblem.CodeRequired, result.Problems[nameof(ShopForm.Code)]);
        Assert.Equal(ShopProblem.NameRequired, result.Problems[nameof(ShopForm.Name)]);
        Assert.Equal(ShopProblem.KeyAndSecretRequired, result.Problems[nameof(ShopForm.AppSecret)]);
        Assert.Equal(ShopProblem.UrlInvalid, result.Problems[nameof(ShopForm.ApiBaseUrl)]);
        Assert.False(result.Problems.ContainsKey(nameof(ShopForm.AppKey)));
    }

    [Fact]
    public async Task Changes_AuditedWithActingUserAndProtectedFieldMasked()
    {
        long id;
        using (CurrentUser.Use(Admin))
        {
            id = await CreateAsync(Platform.Taobao, "tb-audit", appKey: "auditkey-1", appSecret: "audit-secret-1");
            var form = (await Shops.EditFormAsync(id, Ct))!;
            form.Name = "Audited rename";
            form.AppKey = "auditkey-2";
            form.AppSecret = "audit-secret-2";
            Assert.True((await Shops.UpdateAsync(id, form, Ct)).Saved);
        }
        var ciphertext = (await ShopAsync(id)).ProtectedCredentials;

        await using var db = await app.DbAsync();
        var entries = await db.AuditEntries.Where(a => a.EntityType == "Shop" && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).ToListAsync(Ct);

        Assert.Equal(["Added", "Modified"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(Admin, e.UserName));
        var added = JsonDocument.Parse(entries[0].Changes).RootElement;
        Assert.Equal("***", added.GetProperty(nameof(Shop.ProtectedCredentials))[1].GetString());
        var modified = JsonDocument.Parse(entries[1].Changes).RootElement;
        Assert.Equal(["Shop tb-audit", "Audited rename"], modified.GetProperty(nameof(Shop.Name)).EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("app key au…-2, secret ••••", modified.GetProperty(nameof(Shop.CredentialsHint))[1].GetString());
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain(ciphertext[^24..], e.Changes);
            Assert.DoesNotContain("audit-secret", e.Changes);
        });
    }

    [Fact]
    public async Task SetEnabled_Off_DisablesTheShop()
    {
        var id = await CreateAsync(Platform.WebShop, "web-toggle");

        await Shops.SetEnabledAsync(id, enabled: false, Ct);

        Assert.False((await ShopAsync(id)).Enabled);
        Assert.Contains(await Shops.ListAsync(Ct), s => s.Id == id && !s.Enabled);
    }

    private async Task<long> CreateAsync(Platform platform, string code, string appKey = "", string appSecret = "", string accessToken = "")
    {
        var form = await FormAsync(platform, code);
        (form.AppKey, form.AppSecret, form.AccessToken) = (appKey, appSecret, accessToken);
        var result = await Shops.CreateAsync(form, Ct);
        Assert.True(result.Saved, string.Join(", ", result.Problems));
        return result.ShopId;
    }

    private async Task<ShopForm> FormAsync(Platform platform, string code)
    {
        await using var db = await app.DbAsync();
        var warehouse = await db.Warehouses.FirstOrDefaultAsync(Ct);
        if (warehouse is null)
        {
            warehouse = new Warehouse("WH-ADMIN", "Admin test warehouse", "上海市", "上海市");
            db.Warehouses.Add(warehouse);
            await db.SaveChangesAsync(Ct);
        }
        return new ShopForm { Platform = platform, Code = code, Name = $"Shop {code}", DefaultWarehouseId = warehouse.Id };
    }

    private async Task<Shop> ShopAsync(long id)
    {
        await using var db = await app.DbAsync();
        return await db.Shops.AsNoTracking().SingleAsync(s => s.Id == id, Ct);
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    // Reads the SQLite files as bytes (main file and write-ahead log), the way an attacker with the disk would.
    private bool DatabaseFilesContain(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var database = app.Get<DataDirectory>().DomainDatabase;
        foreach (var path in new[] { database, database + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.ToArray().AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }
}
