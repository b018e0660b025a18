using Hangfire;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Alerts;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Alerts.Channels;

/// <summary>
/// One try at sending one incident event through one channel. A failure is logged and scheduled again with
/// exponential backoff and jitter, under the same delivery id; the outcome (sent, or given up after the last try)
/// goes on the incident's timeline.
/// </summary>
public sealed class AlertDeliveryJob(
    IDbContextFactory<OrderDeskDbContext> dbFactory,
    IEnumerable<IAlertChannel> channels,
    IBackgroundJobClient jobs,
    AlertsOptions alerts,
    OrderDeskOptions app,
    TimeProvider clock,
    ILogger<AlertDeliveryJob> logger)
{
    // Retries are scheduled here rather than by Hangfire's AutomaticRetry: its delays are fixed in the attribute,
    // and the last failure has to reach the timeline.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Alert {0}: incident {1} {2} (try {4})")]
    public async Task RunAsync(string channel, long incidentId, string eventName, string deliveryId, int attempt, CancellationToken ct)
    {
        var sender = channels.FirstOrDefault(c => c.Name == channel && c.Enabled);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Incidents.Include(i => i.Events).FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (sender is null || incident is null)
        {
            logger.LogWarning("Alert delivery {Delivery} dropped: channel {Channel} is off, or incident {Incident} is gone",
                deliveryId, channel, incidentId);
            return;
        }

        string note;
        try
        {
            note = await sender.SendAsync(await MessageAsync(db, incident, eventName, deliveryId, ct), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            if (attempt < alerts.DeliveryAttempts)
            {
                var delay = Backoff(attempt);
                logger.LogWarning(e, "Alert {Channel} delivery {Delivery} ({Event}, incident {Incident}) to {Target} failed on try {Attempt} of {Attempts}; next try in {Delay}",
                    channel, deliveryId, eventName, incidentId, sender.Target, attempt, alerts.DeliveryAttempts, delay);
                jobs.Schedule<AlertDeliveryJob>(j => j.RunAsync(channel, incidentId, eventName, deliveryId, attempt + 1, CancellationToken.None), delay);
                return;
            }
            logger.LogError(e, "Alert {Channel} delivery {Delivery} ({Event}, incident {Incident}) to {Target} failed on the last try ({Attempt}); given up",
                channel, deliveryId, eventName, incidentId, sender.Target, attempt);
            note = $"{channel} {eventName} to {sender.Target} failed after {attempt} tries: {e.Message}";
        }
        incident.ChannelDelivery(note, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>First delay doubled per failed try, plus up to 20 % so deliveries that failed together spread out.</summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(alerts.DeliveryFirstRetrySeconds * Math.Pow(2, attempt - 1) * (1 + Random.Shared.NextDouble() * 0.2));

    private async Task<AlertMessage> MessageAsync(OrderDeskDbContext db, Incident incident, string eventName, string deliveryId, CancellationToken ct)
    {
        var rule = await db.AlertRules.AsNoTracking().FirstAsync(r => r.Id == incident.RuleId, ct);
        var owner = incident.ScopeKey == Incident.AllScope ? null
            : await db.Shops.Where(s => s.Code == incident.ScopeKey).Select(s => s.OwnerUserId).FirstOrDefaultAsync(ct);
        var userIds = await AlertNotifications.RecipientsAsync(db, rule, owner, ct);
        var emails = await db.Users.Where(u => userIds.Contains(u.Id) && u.Email != null).OrderBy(u => u.Email)
            .Select(u => u.Email!).ToListAsync(ct);
        var kind = eventName == AlertMessage.Resolved ? IncidentEventKind.Resolved : IncidentEventKind.Opened;
        var value = incident.Events.Where(e => e.Kind == kind).OrderBy(e => e.Id).Select(e => e.Value).FirstOrDefault();
        return new AlertMessage(deliveryId, eventName, incident.Id, rule.Name, rule.Describe(), incident.ScopeKey, incident.Severity,
            value, rule.Threshold, incident.OpenedAt, incident.ResolvedAt, Url(incident.Id), emails);
    }

    private string Url(long incidentId)
    {
        var path = AlertNotifications.Link(incidentId);
        return Uri.TryCreate(app.PublicBaseUrl, UriKind.Absolute, out var root) ? new Uri(root, path).ToString() : path;
    }
}
