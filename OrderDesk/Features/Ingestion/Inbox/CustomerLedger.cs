using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>
/// The buyers of one batch by (platform, buyer id): found or created, counted, and written back once at the end
/// with prepared statements. New customers get their id up front (the batch holds the write lock), so new orders
/// can point at them before anything is written.
/// </summary>
internal sealed class CustomerLedger
{
    private readonly Dictionary<(Platform, string), Customer> _byBuyer = [];
    private readonly HashSet<Customer> _added = [];
    private readonly HashSet<Customer> _changed = [];

    public static async Task<CustomerLedger> LoadAsync(OrderDeskDbContext db, IEnumerable<CanonicalOrder> orders, CancellationToken ct)
    {
        var ledger = new CustomerLedger();
        var wanted = orders.Where(o => o.BuyerId.Length > 0).ToList();
        var buyerIds = wanted.Select(o => o.BuyerId).Distinct().ToList();
        foreach (var customer in await db.Customers.AsNoTracking().Where(c => buyerIds.Contains(c.BuyerId)).ToListAsync(ct))
            ledger._byBuyer[(customer.Platform, customer.BuyerId)] = customer;
        var nextId = SqliteBulkInsert<Customer>.NextId(db);
        foreach (var order in wanted)
        {
            var key = (order.Key.Platform, order.BuyerId);
            if (ledger._byBuyer.ContainsKey(key)) continue;
            var customer = new Customer(order.Key.Platform, order.BuyerId, order.BuyerName, CustomerTier.Regular);
            db.Entry(customer).Property(c => c.Id).CurrentValue = nextId++;
            ledger._byBuyer[key] = customer;
            ledger._added.Add(customer);
        }
        return ledger;
    }

    public Customer? Find(Platform platform, string buyerId) =>
        buyerId.Length > 0 && _byBuyer.TryGetValue((platform, buyerId), out var customer) ? customer : null;

    public Customer? Find(long customerId) => _byBuyer.Values.FirstOrDefault(c => c.Id == customerId);

    public void Counted(Customer customer) => _changed.Add(customer);

    /// <summary>Inserts the new customers that got an order and updates the counters of the known ones.</summary>
    public void Write(OrderDeskDbContext db)
    {
        var added = _added.Where(_changed.Contains).ToList();
        if (added.Count > 0)
        {
            using var insert = new SqliteBulkInsert<Customer>(db);
            foreach (var customer in added) insert.Insert(customer);
        }
        var changed = _changed.Where(c => !_added.Contains(c)).ToList();
        if (changed.Count == 0) return;
        using var update = new SqliteBulkUpdate<Customer>(db, nameof(Customer.OrderCount), nameof(Customer.RefundCount));
        foreach (var customer in changed) update.Update(customer);
    }
}
