using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>
/// Reads one window of a shop's orders the way the platforms require: ask for the total, then page from the
/// last page back to page 1, handing each page over (to be stored) before asking for the next. Orders that
/// change while we page leave the window and shift the rest towards page 1, which is still to be read.
/// </summary>
public sealed class WindowReader(PullRateLimiters limiters, PullStats stats)
{
    public async Task ReadAsync(PullTarget target, PullWindow window,
        Func<IReadOnlyList<PulledOrder>, CancellationToken, Task> onPage, CancellationToken ct)
    {
        var first = await CallAsync(target, window, 1, includeTotal: true, ct);
        if (first is { TotalCount: null, HasNext: true })
        {
            // Cursor paging (the web shop) only goes forwards; it sorts oldest update first, so an order that
            // changes while we page moves past the window's end instead of being skipped.
            await onPage(first.Orders, ct);
            for (var page = 2; ; page++)
            {
                var next = await CallAsync(target, window, page, includeTotal: false, ct);
                await onPage(next.Orders, ct);
                if (!next.HasNext) return;
            }
        }
        var lastPage = LastPage(first, target.Policy.PageSize);
        if (lastPage <= 1)
        {
            await onPage(first.Orders, ct);
            return;
        }
        for (var page = lastPage; page >= 1; page--)
        {
            var result = await CallAsync(target, window, page, includeTotal: false, ct);
            await onPage(result.Orders, ct);
        }
    }

    public static int LastPage(PullPage first, int pageSize)
    {
        if (first.TotalCount is { } total) return Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        return 1; // no total and no next page: everything is on page 1
    }

    private async Task<PullPage> CallAsync(PullTarget target, PullWindow window, int page, bool includeTotal, CancellationToken ct)
    {
        var shop = target.Connection;
        using var lease = await limiters.For(shop.ShopId, target.Policy.RequestsPerSecond).AcquireAsync(1, ct);
        if (!lease.IsAcquired)
            throw new PlatformException(PlatformErrorKind.RateLimited, "local-queue-full",
                $"Too many calls queued for shop {shop.ShopCode}.", TimeSpan.FromSeconds(5));
        await stats.RecordAsync(shop.ShopId, shop.Platform, new PullCounts(Pulls: 1), ct);
        return await target.Client.PullPageAsync(shop, window, page, includeTotal, ct);
    }
}
