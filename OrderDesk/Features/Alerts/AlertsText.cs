namespace OrderDesk.Features.Alerts;

/// <summary>Anchor for the alert screens' strings (AlertsText.resx and .zh-Hans.resx), shared by their pages and components.</summary>
public sealed class AlertsText;
