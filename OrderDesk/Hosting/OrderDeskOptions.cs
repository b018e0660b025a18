namespace OrderDesk.Hosting;

/// <summary>The "OrderDesk" configuration section; appsettings.sample.json documents every key.</summary>
public sealed class OrderDeskOptions
{
    public const string Section = "OrderDesk";

    public string DataDirectory { get; set; } = "data";
    public string TimeZone { get; set; } = "Asia/Shanghai";
    /// <summary>The address people reach the app at (https://orderdesk.example.com): links in e-mails and webhooks. Empty: relative links.</summary>
    public string PublicBaseUrl { get; set; } = "";
    public DemoOptions Demo { get; set; } = new();
    public BootstrapOptions Bootstrap { get; set; } = new();
}

public sealed class DemoOptions
{
    public bool Enabled { get; set; }
    public string Password { get; set; } = "";
    /// <summary>How many days of history demo mode creates.</summary>
    public int HistoryDays { get; set; } = 30;
    /// <summary>Roughly how many orders demo mode creates over that history.</summary>
    public int OrderCount { get; set; } = 24_000;
    /// <summary>Fixes the random generator so every fresh demo database looks the same.</summary>
    public int Seed { get; set; } = 20261124;
}

public sealed class BootstrapOptions
{
    public string AdminEmail { get; set; } = "";
    public string AdminPassword { get; set; } = "";
}
