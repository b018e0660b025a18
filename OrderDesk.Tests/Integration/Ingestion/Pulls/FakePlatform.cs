using System.Text.Json;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Tests.Integration.Ingestion.Pulls;

/// <summary>One call the gateway made to the fake platform.</summary>
public sealed record FakeCall(string ShopCode, PullWindow Window, int Page, bool IncludeTotal);

/// <summary>
/// Stands in for a marketplace, not for the code under test: holds each shop's orders with their current
/// modification time and answers <see cref="IPlatformClient.PullPageAsync"/> like the real APIs (orders modified in
/// [from, to), newest first, fixed page size, total on request). Tests inject faults per call, change orders late,
/// and can hold a call open to observe concurrency.
/// </summary>
public sealed class FakePlatform(Platform platform, PullPolicy policy) : IPlatformClient
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Shop, string Id), DateTimeOffset> _orders = [];
    private readonly List<FakeCall> _calls = [];
    private TaskCompletionSource? _hold;
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Platform Platform { get; } = platform;
    public PullPolicy Policy { get; } = policy;

    /// <summary>Decides per call whether the platform answers with an error instead (null: answer normally).</summary>
    public Func<FakeCall, PlatformException?>? Faults { get; set; }

    /// <summary>Adds the order or changes it: the platform keeps only its current version.</summary>
    public void Put(string shopCode, string orderId, DateTimeOffset modifiedAt)
    {
        lock (_lock) _orders[(shopCode, orderId)] = modifiedAt;
    }

    public IReadOnlyList<(string Id, DateTimeOffset ModifiedAt)> OrdersOf(string shopCode)
    {
        lock (_lock) return _orders.Where(o => o.Key.Shop == shopCode).Select(o => (o.Key.Id, o.Value)).ToList();
    }

    public IReadOnlyList<FakeCall> CallsFor(string shopCode)
    {
        lock (_lock) return _calls.Where(c => c.ShopCode == shopCode).ToList();
    }

    /// <summary>The next call waits until <see cref="Release"/>; the returned task completes when it has arrived.</summary>
    public Task HoldNextCall()
    {
        lock (_lock)
        {
            _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _entered.Task;
        }
    }

    public void Release()
    {
        TaskCompletionSource? hold;
        lock (_lock)
        {
            hold = _hold;
            _hold = null;
        }
        hold?.TrySetResult();
    }

    public async Task<PullPage> PullPageAsync(ShopConnection shop, PullWindow window, int page, bool includeTotal, CancellationToken ct)
    {
        var call = new FakeCall(shop.ShopCode, window, page, includeTotal);
        TaskCompletionSource? hold;
        PlatformException? fault;
        lock (_lock)
        {
            _calls.Add(call);
            fault = Faults?.Invoke(call);
            hold = _hold;
            if (hold is not null) _entered.TrySetResult();
        }
        if (hold is not null) await hold.Task.WaitAsync(ct);
        if (fault is not null) throw fault;

        List<(string Id, DateTimeOffset ModifiedAt)> matching;
        lock (_lock)
        {
            matching = _orders
                .Where(o => o.Key.Shop == shop.ShopCode && o.Value >= window.From && o.Value < window.To)
                .OrderByDescending(o => o.Value).ThenByDescending(o => o.Key.Id, StringComparer.Ordinal)
                .Select(o => (o.Key.Id, o.Value))
                .ToList();
        }
        var size = Policy.PageSize;
        var orders = matching.Skip((page - 1) * size).Take(size)
            .Select(o => new PulledOrder(o.Id, o.ModifiedAt, JsonSerializer.Serialize(new { id = o.Id, modified = o.ModifiedAt })))
            .ToList();
        return new PullPage(orders, page * size < matching.Count, includeTotal ? matching.Count : null);
    }
}
