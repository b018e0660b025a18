namespace OrderDesk.Features.Alerts;

/// <summary>OrderDesk:Alerts — whether and how often the alert rules are evaluated.</summary>
public sealed class AlertsOptions
{
    public const string Section = "OrderDesk:Alerts";

    /// <summary>Off removes the recurring "alerts" job; the rules and incidents stay.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Hangfire cron of the evaluation; every minute by default.</summary>
    public string Cron { get; set; } = "* * * * *";
    /// <summary>Tries per e-mail or webhook delivery before it is given up (and the failure put on the timeline).</summary>
    public int DeliveryAttempts { get; set; } = 6;
    /// <summary>Delay before the second try; it doubles after each failure, plus up to 20 % jitter.</summary>
    public double DeliveryFirstRetrySeconds { get; set; } = 30;
}
