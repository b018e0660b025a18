using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Alerts;

/// <summary>
/// Evaluates every enabled rule for every scope it covers: opens an incident (and notifies) when the condition starts
/// to hold, keeps it up to date while it holds, and resolves it when it stops. Reads the per-minute channel stats,
/// the inbox's pending count and the shops' sync state — never the orders.
/// </summary>
public sealed class AlertEvaluator(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    IAlertNotifier notifier,
    Channels.AlertDeliveries deliveries,
    Notifications.NotificationFeed feed,
    TimeProvider clock,
    ILogger<AlertEvaluator> logger)
{
    private sealed record ShopRow(long Id, string Code, Platform Platform, string? OwnerUserId);

    private sealed record Sums(int Received, int Failures, int PullFailures, int Pulls, int Quarantined, int Backfilled, int[] Latency)
    {
        public static readonly Sums Zero = new(0, 0, 0, 0, 0, 0, new int[ChannelMinuteStat.LatencyBoundsMs.Length + 1]);

        public static Sums Add(IEnumerable<Sums> all) => all.Aggregate(Zero, (a, b) => new Sums(
            a.Received + b.Received, a.Failures + b.Failures, a.PullFailures + b.PullFailures, a.Pulls + b.Pulls,
            a.Quarantined + b.Quarantined, a.Backfilled + b.Backfilled, a.Latency.Zip(b.Latency, (x, y) => x + y).ToArray()));
    }

    /// <summary>One evaluation round. Returns the number of incidents opened.</summary>
    public async Task<int> EvaluateAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rules = await db.AlertRules.Where(r => r.Enabled).OrderBy(r => r.Id).ToListAsync(ct);
        // Every unresolved incident, including those of rules switched off since: they are resolved below.
        var open = await db.Incidents.Include(i => i.Events).Where(i => i.State != IncidentState.Resolved)
            .ToDictionaryAsync(i => (i.RuleId, i.ScopeKey), ct);
        var wasOpen = open.Values.ToList();
        var seen = new HashSet<(long, string)>();
        var shops = await db.Shops.AsNoTracking().Where(s => s.Enabled)
            .Select(s => new ShopRow(s.Id, s.Code, s.Platform, s.OwnerUserId)).ToListAsync(ct);
        var backlog = rules.Any(r => r.Metric == AlertMetric.Backlog)
            ? await db.InboxMessages.Where(m => m.State == MessageState.Pending).GroupBy(m => m.ShopId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct)
            : [];
        var lastSuccess = rules.Any(r => r.Metric == AlertMetric.MinutesSinceLastSuccessfulPull)
            ? await db.ShopSyncStates.Where(s => s.LastSuccessAt != null)
                .Select(s => new { s.ShopId, s.LastSuccessAt }).ToDictionaryAsync(x => x.ShopId, x => x.LastSuccessAt!.Value, ct)
            : [];
        var windows = new Dictionary<int, Dictionary<long, Sums>>();

        var opened = new List<(Incident Incident, AlertRule Rule, ShopRow? Shop, string Label)>();
        foreach (var rule in rules)
        {
            if (!windows.TryGetValue(rule.WindowMinutes, out var sums))
                windows[rule.WindowMinutes] = sums = await WindowAsync(db, now.AddMinutes(-rule.WindowMinutes), ct);

            foreach (var (scopeKey, shop, value) in Measure(rule, shops, sums, backlog, lastSuccess, now))
            {
                seen.Add((rule.Id, scopeKey));
                open.TryGetValue((rule.Id, scopeKey), out var incident);
                if (value is { } v && rule.Holds(v))
                {
                    if (incident is null)
                    {
                        incident = Incident.Open(rule, scopeKey, v, now);
                        db.Incidents.Add(incident);
                        open[(rule.Id, scopeKey)] = incident;
                        opened.Add((incident, rule, shop, shop is null ? "all shops" : shop.Code));
                    }
                    else incident.StillFiring(v, now);
                }
                else incident?.Resolve(value, now);
            }
        }

        // A rule switched off, or a shop disabled or no longer in the rule's scope: nothing holds any more.
        foreach (var (key, incident) in open)
            if (!seen.Contains(key)) incident.Resolve(null, now);

        // Ids first (the notification links to the incident), then the notifications and their timeline entry.
        await db.SaveChangesAsync(ct);
        var everyoneNotified = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (incident, rule, shop, label) in opened)
        {
            var notified = await notifier.IncidentOpenedAsync(db, rule, incident, shop?.OwnerUserId, label, now, ct);
            everyoneNotified.UnionWith(notified);
            incident.NotificationsSent(notified, now);
            logger.LogWarning("Alert {Rule} opened incident {Incident} for {Scope} at {Value}; notified {Count} user(s)",
                rule.Name, incident.Id, incident.ScopeKey, incident.LastValue, notified.Count);
        }
        if (opened.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            feed.Published(everyoneNotified, []); // open bells count up without a reload
        }
        // Committed: e-mail and webhook go out in their own jobs, so a dead target cannot slow or break this round.
        deliveries.Enqueue(opened.Select(o => (o.Incident.Id, Channels.AlertMessage.Opened))
            .Concat(wasOpen.Where(i => i.IsResolved).Select(i => (i.Id, Channels.AlertMessage.Resolved))));
        return opened.Count;
    }

    public async Task AcknowledgeAsync(long incidentId, string userId, string? comment, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Incidents.Include(i => i.Events).FirstOrDefaultAsync(i => i.Id == incidentId, ct)
            ?? throw new DomainRuleException($"Incident {incidentId} does not exist.");
        incident.Acknowledge(userId, comment, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Dictionary<long, Sums>> WindowAsync(OrderDeskDbContext db, DateTimeOffset from, CancellationToken ct) =>
        await db.ChannelMinuteStats.Where(s => s.Minute > from).GroupBy(s => s.ShopId)
            .Select(g => new
            {
                g.Key,
                Received = g.Sum(s => s.Received), Failures = g.Sum(s => s.Failures), PullFailures = g.Sum(s => s.PullFailures),
                Pulls = g.Sum(s => s.Pulls), Quarantined = g.Sum(s => s.Quarantined), Backfilled = g.Sum(s => s.Backfilled),
                L1 = g.Sum(s => s.Latency1s), L5 = g.Sum(s => s.Latency5s), L15 = g.Sum(s => s.Latency15s),
                L60 = g.Sum(s => s.Latency60s), L300 = g.Sum(s => s.Latency300s), L1800 = g.Sum(s => s.Latency1800s),
                LOver = g.Sum(s => s.LatencyOver),
            })
            .ToDictionaryAsync(x => x.Key, x => new Sums(x.Received, x.Failures, x.PullFailures, x.Pulls, x.Quarantined, x.Backfilled,
                [x.L1, x.L5, x.L15, x.L60, x.L300, x.L1800, x.LOver]), ct);

    private static IEnumerable<(string ScopeKey, ShopRow? Shop, decimal? Value)> Measure(AlertRule rule, List<ShopRow> shops,
        Dictionary<long, Sums> sums, Dictionary<long, int> backlog, Dictionary<long, DateTimeOffset> lastSuccess, DateTimeOffset now)
    {
        if (rule.Scope == AlertScope.All)
        {
            var ids = shops.Select(s => s.Id).ToList();
            decimal? value = rule.Metric switch
            {
                AlertMetric.Backlog => ids.Sum(id => backlog.GetValueOrDefault(id)),
                // The stalest shop that has ever pulled successfully.
                AlertMetric.MinutesSinceLastSuccessfulPull => ids.Where(lastSuccess.ContainsKey)
                    .Select(id => (decimal?)MinutesSince(lastSuccess[id], now)).Max(),
                _ => FromSums(rule.Metric, Sums.Add(ids.Select(id => sums.GetValueOrDefault(id, Sums.Zero)))),
            };
            yield return (Incident.AllScope, null, value);
            yield break;
        }

        var covered = rule.Scope switch
        {
            AlertScope.Platform => shops.Where(s => s.Platform.ToString() == rule.ScopeValue),
            _ when rule.ScopeValue.Length > 0 => shops.Where(s => string.Equals(s.Code, rule.ScopeValue, StringComparison.OrdinalIgnoreCase)),
            _ => shops,
        };
        foreach (var shop in covered)
        {
            decimal? value = rule.Metric switch
            {
                AlertMetric.Backlog => backlog.GetValueOrDefault(shop.Id),
                AlertMetric.MinutesSinceLastSuccessfulPull =>
                    lastSuccess.TryGetValue(shop.Id, out var at) ? MinutesSince(at, now) : null,
                _ => FromSums(rule.Metric, sums.GetValueOrDefault(shop.Id, Sums.Zero)),
            };
            yield return (shop.Code, shop, value);
        }
    }

    private static decimal MinutesSince(DateTimeOffset at, DateTimeOffset now) =>
        Math.Max(0, (decimal)Math.Floor((now - at).TotalMinutes));

    /// <summary>Null means "nothing to measure" (no traffic for a rate, no latencies for p95): the condition does not hold.</summary>
    private static decimal? FromSums(AlertMetric metric, Sums s) => metric switch
    {
        AlertMetric.Failures => s.Failures + s.PullFailures,
        AlertMetric.FailureRate => s.Received + s.Pulls == 0 ? null : Math.Round((decimal)(s.Failures + s.PullFailures) / (s.Received + s.Pulls), 4),
        AlertMetric.Quarantined => s.Quarantined,
        AlertMetric.Backfilled => s.Backfilled,
        AlertMetric.P95LatencyMs => P95(s.Latency),
        _ => null,
    };

    /// <summary>The upper bound of the bucket holding the 95th percentile; above the last bound counts as twice it.</summary>
    public static decimal? P95(IReadOnlyList<int> buckets)
    {
        long total = buckets.Sum();
        if (total == 0) return null;
        var rank = (long)Math.Ceiling(total * 0.95);
        long seen = 0;
        for (var i = 0; i < buckets.Count; i++)
        {
            seen += buckets[i];
            if (seen >= rank)
                return i < ChannelMinuteStat.LatencyBoundsMs.Length ? ChannelMinuteStat.LatencyBoundsMs[i] : ChannelMinuteStat.LatencyBoundsMs[^1] * 2;
        }
        return ChannelMinuteStat.LatencyBoundsMs[^1] * 2;
    }
}
