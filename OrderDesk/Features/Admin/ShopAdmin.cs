using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;

namespace OrderDesk.Features.Admin;

/// <summary>
/// Creates and edits shops for the admin screen. Every change goes through <see cref="Shop"/>'s own
/// methods, so the audit interceptor records it; credentials only ever leave here as a hint.
/// </summary>
public sealed class ShopAdmin(
    IDbContextFactory<OrderDeskDbContext> dbFactory, ShopCredentials credentials, IEnumerable<IShopChangeListener> listeners)
{
    public async Task<IReadOnlyList<ShopRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (
                from s in db.Shops.AsNoTracking()
                join w in db.Warehouses on s.DefaultWarehouseId equals w.Id
                from u in db.Users.Where(u => u.Id == s.OwnerUserId).DefaultIfEmpty()
                orderby s.Platform, s.Code
                select new ShopRow(s.Id, s.Platform, s.IsTmall, s.Code, s.Name, w.Code, w.Name,
                    u == null ? null : u.DisplayName, u == null ? null : u.Email, s.ApiBaseUrl, s.CredentialsHint, s.Enabled))
            .ToListAsync(ct);
    }

    public async Task<ShopChoices> ChoicesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var warehouses = await db.Warehouses.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new WarehouseChoice(w.Id, w.Code + " · " + w.Name)).ToListAsync(ct);
        return new ShopChoices(warehouses, await UserChoicesAsync(db, ct));
    }

    /// <summary>Every user as a pickers list shows them ("name &lt;e-mail&gt;"), by e-mail.</summary>
    public static Task<List<UserChoice>> UserChoicesAsync(OrderDeskDbContext db, CancellationToken ct) =>
        db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new UserChoice(u.Id, u.DisplayName == "" ? u.Email! : u.DisplayName + " <" + u.Email + ">"))
            .ToListAsync(ct);

    /// <summary>The stored settings of a shop, with the credential fields left empty on purpose.</summary>
    public async Task<ShopForm?> EditFormAsync(long shopId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Shops.AsNoTracking().Where(s => s.Id == shopId)
            .Select(s => new ShopForm
            {
                Platform = s.Platform, IsTmall = s.IsTmall, Code = s.Code, Name = s.Name,
                DefaultWarehouseId = s.DefaultWarehouseId, OwnerUserId = s.OwnerUserId,
                ApiBaseUrl = s.ApiBaseUrl, Enabled = s.Enabled,
            })
            .SingleOrDefaultAsync(ct);
    }

    /// <exception cref="Domain.Shared.DomainRuleException">A rule of <see cref="Shop"/> refused it (e.g. Tmall on JD).</exception>
    public async Task<ShopSaveResult> CreateAsync(ShopForm form, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var problems = await CheckAsync(db, form, existing: null, ct);
        if (problems.Count > 0) return ShopSaveResult.Refused(problems);

        var shop = new Shop(form.Platform, form.Code, form.Name, form.DefaultWarehouseId, form.IsTmall);
        Apply(shop, form);
        db.Shops.Add(shop);
        return await NotifyAsync(await SaveAsync(db, shop, ct), ct);
    }

    public async Task<ShopSaveResult> UpdateAsync(long shopId, ShopForm form, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shop = await db.Shops.SingleAsync(s => s.Id == shopId, ct);
        var problems = await CheckAsync(db, form, shop, ct);
        if (problems.Count > 0) return ShopSaveResult.Refused(problems);

        shop.Rename(form.Name);
        Apply(shop, form);
        return await NotifyAsync(await SaveAsync(db, shop, ct), ct);
    }

    public async Task SetEnabledAsync(long shopId, bool enabled, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shop = await db.Shops.SingleAsync(s => s.Id == shopId, ct);
        if (shop.Enabled == enabled) return;
        if (enabled) shop.Enable();
        else shop.Disable();
        await db.SaveChangesAsync(ct);
        foreach (var listener in listeners) await listener.ShopChangedAsync(shopId, ct);
    }

    private async Task<ShopSaveResult> NotifyAsync(ShopSaveResult result, CancellationToken ct)
    {
        if (result.Saved)
            foreach (var listener in listeners) await listener.ShopChangedAsync(result.ShopId, ct);
        return result;
    }

    private void Apply(Shop shop, ShopForm form)
    {
        if (shop.DefaultWarehouseId != form.DefaultWarehouseId) shop.MoveToWarehouse(form.DefaultWarehouseId);
        if (shop.OwnerUserId != form.OwnerUserId) shop.AssignOwner(form.OwnerUserId);
        if (shop.ApiBaseUrl != form.ApiBaseUrl.Trim()) shop.PointAt(form.ApiBaseUrl.Trim());
        if (form.Enabled && !shop.Enabled) shop.Enable();
        if (!form.Enabled && shop.Enabled) shop.Disable();
        if (form.ReplacesCredentials) credentials.Store(shop, Merge(credentials.Read(shop), form));
    }

    private static ShopSecret Merge(ShopSecret? stored, ShopForm form) => new(
        Pick(form.AppKey, stored?.AppKey), Pick(form.AppSecret, stored?.AppSecret), Pick(form.AccessToken, stored?.AccessToken));

    private static string Pick(string typed, string? stored) => string.IsNullOrWhiteSpace(typed) ? stored ?? "" : typed.Trim();

    private async Task<Dictionary<string, ShopProblem>> CheckAsync(OrderDeskDbContext db, ShopForm form, Shop? existing, CancellationToken ct)
    {
        var problems = new Dictionary<string, ShopProblem>();
        if (existing is null)
        {
            var code = form.Code.Trim();
            if (code.Length == 0) problems[nameof(form.Code)] = ShopProblem.CodeRequired;
            // Case-insensitive on purpose: "TB-01" next to "tb-01" is always a typo, never a second shop.
            else if (await db.Shops.AnyAsync(s => s.Platform == form.Platform && s.Code.ToLower() == code.ToLower(), ct))
                problems[nameof(form.Code)] = ShopProblem.CodeTaken;
        }
        if (string.IsNullOrWhiteSpace(form.Name)) problems[nameof(form.Name)] = ShopProblem.NameRequired;
        if (!await db.Warehouses.AnyAsync(w => w.Id == form.DefaultWarehouseId, ct))
            problems[nameof(form.DefaultWarehouseId)] = ShopProblem.WarehouseRequired;
        if (form.OwnerUserId is { } owner && !await db.Users.AnyAsync(u => u.Id == owner, ct))
            problems[nameof(form.OwnerUserId)] = ShopProblem.OwnerUnknown;
        // Only a changed address is checked, so a shop seeded with an unusual one stays editable.
        var url = form.ApiBaseUrl.Trim();
        if (url.Length > 0 && url != existing?.ApiBaseUrl && !IsHttpUrl(url)) problems[nameof(form.ApiBaseUrl)] = ShopProblem.UrlInvalid;
        if (form.ReplacesCredentials)
        {
            var stored = existing is null ? null : credentials.Read(existing);
            var merged = Merge(stored, form);
            if (merged.AppKey.Length == 0) problems[nameof(form.AppKey)] = ShopProblem.KeyAndSecretRequired;
            if (merged.AppSecret.Length == 0) problems[nameof(form.AppSecret)] = ShopProblem.KeyAndSecretRequired;
        }
        return problems;
    }

    // "/sim/…" points a shop at this app's own simulators (demo mode and tests).
    private static bool IsHttpUrl(string url) =>
        url.StartsWith("/sim/", StringComparison.Ordinal)
        || Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static async Task<ShopSaveResult> SaveAsync(OrderDeskDbContext db, Shop shop, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new ShopSaveResult(shop.Id, new Dictionary<string, ShopProblem>());
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 })
        {
            // SQLITE_CONSTRAINT_UNIQUE: another admin took the code between the check and the insert.
            return ShopSaveResult.Refused(new Dictionary<string, ShopProblem> { [nameof(ShopForm.Code)] = ShopProblem.CodeTaken });
        }
    }
}
