using System.Globalization;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Domain.Alerts;

namespace OrderDesk.Features.Alerts;

/// <summary>How the alert screens say a rule's parts in the reader's language: one place, so the list, form and incident agree.</summary>
public sealed class AlertWords(IStringLocalizer<AlertsText> l, IStringLocalizer<SharedText> shared)
{
    public string Metric(AlertMetric metric) => l[$"Metric_{metric}"];

    public string Scope(AlertScope scope, string value) => scope switch
    {
        AlertScope.All => l["Scope_All"],
        AlertScope.Platform => l["Scope_EachOf", shared[$"Platform_{value}"].Value],
        _ when value.Length == 0 => l["Scope_EachShop"],
        _ => l["Scope_OneShop", value],
    };

    /// <summary>"&gt; 10", or "&gt; 5 %" for a failure rate (stored as a share).</summary>
    public static string Condition(AlertMetric metric, AlertComparison comparison, decimal threshold) =>
        AlertRule.Symbol(comparison) + " " + Value(metric, threshold);

    public static string Value(AlertMetric metric, decimal value) => metric == AlertMetric.FailureRate
        ? (value * 100).ToString("0.##", CultureInfo.CurrentCulture) + " %"
        : value.ToString("#,0.####", CultureInfo.CurrentCulture);


    public string Window(AlertMetric metric, int minutes) => metric == AlertMetric.Backlog
        ? l["Window_Now"]
        : minutes % 60 == 0 ? l["Window_Hours", minutes / 60] : l["Window_Minutes", minutes];

    public string Role(string role) => l[$"Role_{role}"];

    public string Severity(Domain.Notifications.NotificationSeverity severity) => l[$"Severity_{severity}"];

    public string State(IncidentState state) => l[$"State_{state}"];
}
