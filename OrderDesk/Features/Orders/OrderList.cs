using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Orders;

/// <summary>
/// Runs an <see cref="OrderSearch"/>: filters, sorts and pages in SQL, each filter on an index that
/// ends in the sort key, so the newest page of a million orders is a short index walk.
/// </summary>
public sealed class OrderList(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    TimeDisplay time,
    IAuthorizationService authorization)
{
    public async Task<OrderListPage> SearchAsync(OrderSearch search, ClaimsPrincipal viewer, CancellationToken ct)
    {
        // Decided here, not in markup: a masked phone must never reach a viewer who may not see it.
        var fullPhone = (await authorization.AuthorizeAsync(viewer, Policies.SeeFullPhone)).Succeeded;
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Counting stops at the horizon: an exact count of a million rows costs more than the page.
        // No ORDER BY on purpose (EF warns once per query shape): any order gives the same count, and
        // even a constant one makes SQLite sort every matching row first.
        var counted = await Filter(db, search).Take(OrderSearch.Horizon + 1).CountAsync(ct);
        var total = Math.Min(counted, OrderSearch.Horizon);
        var lastPage = Math.Max(1, (total + search.PageSize - 1) / search.PageSize);
        var page = Math.Min(search.Page, lastPage);

        var rows = await PageQuery(db, search, page).ToListAsync(ct);
        if (!fullPhone) rows = [.. rows.Select(r => r with { Phone = PhoneMask.Mask(r.Phone) })];
        return new OrderListPage(rows, total, counted > OrderSearch.Horizon, page);
    }

    public async Task<OrderFilterChoices> ChoicesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shops = await db.Shops.AsNoTracking().OrderBy(s => s.Platform).ThenBy(s => s.Name)
            .Select(s => new ShopChoice(s.Id, s.Name, s.Platform, s.IsTmall)).ToListAsync(ct);
        var warehouses = await db.Warehouses.AsNoTracking().OrderBy(w => w.Name)
            .Select(w => new WarehouseChoice(w.Id, w.Name)).ToListAsync(ct);
        return new OrderFilterChoices(shops, warehouses);
    }

    internal IQueryable<OrderRow> PageQuery(OrderDeskDbContext db, OrderSearch search, int page) =>
        Sorted(Filter(db, search), search.Sort)
            .Skip((page - 1) * search.PageSize)
            .Take(search.PageSize)
            // Shop and warehouse come from scalar subqueries, evaluated only for the rows of the page;
            // a join would let SQLite start from the small table and sort every matching order.
            .Select(o => new OrderRow(
                o.Id,
                o.PlatformOrderId,
                o.Platform,
                db.Shops.Where(s => s.Id == o.ShopId).Select(s => s.IsTmall).FirstOrDefault(),
                db.Shops.Where(s => s.Id == o.ShopId).Select(s => s.Name).FirstOrDefault() ?? "",
                o.Status,
                o.ReceiverName,
                o.ReceiverPhone,
                o.ReceiverProvince,
                o.ReceiverCity,
                o.Lines.Sum(l => l.Quantity),
                o.PaidAmount,
                o.PlatformCreatedAt,
                db.Warehouses.Where(w => w.Id == o.WarehouseId).Select(w => w.Name).FirstOrDefault(),
                o.ExceptionReason));

    internal IQueryable<Order> Filter(OrderDeskDbContext db, OrderSearch search)
    {
        var orders = db.Orders.AsNoTracking();
        if (search.Storefront is { } storefront)
        {
            var platform = Storefronts.PlatformOf(storefront);
            var tmallShops = db.Shops.Where(s => s.IsTmall).Select(s => s.Id);
            orders = storefront switch
            {
                Storefront.Tmall => orders.Where(o => o.Platform == platform && tmallShops.Contains(o.ShopId)),
                Storefront.Taobao => orders.Where(o => o.Platform == platform && !tmallShops.Contains(o.ShopId)),
                _ => orders.Where(o => o.Platform == platform),
            };
        }
        if (search.ShopId is { } shopId) orders = orders.Where(o => o.ShopId == shopId);
        if (search.WarehouseId is { } warehouseId) orders = orders.Where(o => o.WarehouseId == warehouseId);
        if (search.Statuses.Count == 1)
        {
            var status = search.Statuses[0];
            orders = orders.Where(o => o.Status == status);
        }
        else if (search.Statuses.Count > 1)
        {
            var statuses = search.Statuses.ToArray();
            orders = orders.Where(o => statuses.Contains(o.Status));
        }
        if (search.From is { } from)
        {
            var start = time.StartOfDay(from);
            orders = orders.Where(o => o.PlatformCreatedAt >= start);
        }
        if (search.To is { } to)
        {
            var end = time.StartOfDay(to.AddDays(1));
            orders = orders.Where(o => o.PlatformCreatedAt < end);
        }
        return search.Text.Length > 0 ? MatchText(db, orders, search.Text) : orders;
    }

    /// <summary>
    /// Free text means one of: the platform order id (exact, or its start from 6 characters on), the
    /// receiver's full name, the last 4 phone digits, or a SKU code. Every branch is an equality or a
    /// range on an indexed column, so SQLite answers the OR as a union of index lookups; "contains"
    /// would scan every order.
    /// </summary>
    private static IQueryable<Order> MatchText(OrderDeskDbContext db, IQueryable<Order> orders, string text)
    {
        var sku = text.ToUpperInvariant();
        var skuOrders = db.OrderLines.Where(l => l.SkuCode == text || l.SkuCode == sku).Select(l => l.OrderId);
        if (text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            return orders.Where(o => o.ReceiverPhoneLast4 == text || o.PlatformOrderId == text
                || o.ReceiverName == text || skuOrders.Contains(o.Id));
        }
        if (text.Length >= 6)
        {
            // Ids are ASCII, compared bytewise: everything starting with the text sorts in [text, text⁺).
            var after = text[..^1] + (char)(text[^1] + 1);
            return orders.Where(o => (string.Compare(o.PlatformOrderId, text) >= 0 && string.Compare(o.PlatformOrderId, after) < 0)
                || o.ReceiverName == text || skuOrders.Contains(o.Id));
        }
        return orders.Where(o => o.PlatformOrderId == text || o.ReceiverName == text || skuOrders.Contains(o.Id));
    }

    private static IQueryable<Order> Sorted(IQueryable<Order> orders, OrderSort sort) => sort switch
    {
        OrderSort.CreatedAsc => orders.OrderBy(o => o.PlatformCreatedAt).ThenBy(o => o.Id),
        OrderSort.AmountDesc => orders.OrderByDescending(o => o.PaidAmount).ThenByDescending(o => o.Id),
        OrderSort.AmountAsc => orders.OrderBy(o => o.PaidAmount).ThenBy(o => o.Id),
        _ => orders.OrderByDescending(o => o.PlatformCreatedAt).ThenByDescending(o => o.Id),
    };
}

/// <summary>One page of the list. <see cref="Total"/> stops at the horizon; <see cref="Page"/> is the page actually shown.</summary>
public sealed record OrderListPage(IReadOnlyList<OrderRow> Rows, int Total, bool TotalIsCapped, int Page);

public sealed record OrderFilterChoices(IReadOnlyList<ShopChoice> Shops, IReadOnlyList<WarehouseChoice> Warehouses);

public sealed record ShopChoice(long Id, string Name, Platform Platform, bool IsTmall)
{
    public Storefront Storefront => Storefronts.Of(Platform, IsTmall);
}

public sealed record WarehouseChoice(long Id, string Name);
