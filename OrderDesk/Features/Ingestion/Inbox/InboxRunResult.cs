namespace OrderDesk.Features.Ingestion.Inbox;

/// <summary>What one run of the inbox worker did, message by message outcome.</summary>
public sealed class InboxRunResult
{
    public int Created { get; set; }
    public int Updated { get; set; }
    /// <summary>Older or equal versions of an order already stored: processed without changes.</summary>
    public int Stale { get; set; }
    public int Quarantined { get; set; }
    /// <summary>Transient failures scheduled for a retry (those that ran out of tries count as quarantined).</summary>
    public int Retrying { get; set; }
    public HashSet<long> ChangedShopIds { get; } = [];

    /// <summary>Messages that left the due set, one way or another.</summary>
    public int Handled => Created + Updated + Stale + Quarantined + Retrying;

    public void Add(InboxRunResult other)
    {
        Created += other.Created;
        Updated += other.Updated;
        Stale += other.Stale;
        Quarantined += other.Quarantined;
        Retrying += other.Retrying;
        ChangedShopIds.UnionWith(other.ChangedShopIds);
    }

    public override string ToString() =>
        $"created {Created}, updated {Updated}, stale {Stale}, quarantined {Quarantined}, retrying {Retrying}";
}
