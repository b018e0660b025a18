namespace OrderDesk.Features.Alerts;

/// <summary>OrderDesk:Alerts — whether and how often the alert rules are evaluated.</summary>
public sealed class AlertsOptions
{
    public const string Section = "OrderDesk:Alerts";

    /// <summary>Off removes the recurring "alerts" job; the rules and incidents stay.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Hangfire cron of the evaluation; every minute by default.</summary>
    public string Cron { get; set; } = "* * * * *";
}
