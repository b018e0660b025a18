namespace OrderDesk.Features.Alerts.Channels;

/// <summary>
/// A way out of the app for incident events (e-mail, webhook). In-app notifications are not one of these: they are
/// rows saved in the same transaction as the incident, while these run afterwards in a Hangfire job, retried with
/// backoff, so a slow or broken target never holds up an evaluation.
/// </summary>
public interface IAlertChannel
{
    /// <summary>Stable name, stored in the delivery jobs: "email", "webhook".</summary>
    string Name { get; }

    bool Enabled { get; }

    /// <summary>Where it sends to, for the log: a host and port, a URL.</summary>
    string Target { get; }

    /// <summary>Sends or throws. Returns the line for the incident's timeline ("E-mail to a@x, b@y").</summary>
    Task<string> SendAsync(AlertMessage message, CancellationToken ct);
}
