using Hangfire;

namespace OrderDesk.Features.Alerts.Channels;

/// <summary>
/// Hands incident events to the enabled outside channels, one Hangfire job per event and channel, after the
/// evaluation has committed the incident. Hangfire rather than an in-process queue: jobs are stored in jobs.db, so a
/// delivery waiting for its next try survives a restart, and the dashboard shows the ones that failed.
/// </summary>
public sealed class AlertDeliveries(IEnumerable<IAlertChannel> channels, IServiceProvider services, ILogger<AlertDeliveries> logger)
{
    public void Enqueue(IEnumerable<(long IncidentId, string Event)> events)
    {
        var enabled = channels.Where(c => c.Enabled).Select(c => c.Name).ToList();
        if (enabled.Count == 0) return;
        // Resolved only when a channel is on: evaluation then never builds Hangfire's client for nothing (its loggers
        // come from a process-wide provider, which in the test host may belong to an app already disposed).
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        foreach (var (incidentId, eventName) in events)
            foreach (var channel in enabled)
            {
                // Same id on every retry: receivers dedupe by it.
                var deliveryId = Guid.NewGuid().ToString("N");
                try
                {
                    jobs.Enqueue<AlertDeliveryJob>(j => j.RunAsync(channel, incidentId, eventName, deliveryId, 1, CancellationToken.None));
                }
                catch (Exception e)
                {
                    // The incident and its in-app notifications are saved; a job store that is down costs this delivery only.
                    logger.LogError(e, "Could not queue the {Channel} delivery of {Event} for incident {Incident}", channel, eventName, incidentId);
                }
            }
    }
}
