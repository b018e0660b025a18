namespace OrderDesk.Features.Alerts.Channels;

/// <summary>OrderDesk:Alerts:Email — alert e-mails over SMTP; off unless configured.</summary>
public sealed class EmailOptions : IChannelOptions
{
    public const string Section = "OrderDesk:Alerts:Email";

    public bool Enabled { get; set; }
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>Upgrades the connection with STARTTLS (SmtpClient does not speak implicit TLS on port 465).</summary>
    public bool StartTls { get; set; } = true;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string From { get; set; } = "";
    /// <summary>Addresses that get every alert e-mail, besides the e-mail addresses of the rule's recipients.</summary>
    public List<string> To { get; set; } = [];
    public int TimeoutSeconds { get; set; } = 30;

    public IEnumerable<string> Problems()
    {
        if (!Enabled) yield break;
        if (string.IsNullOrWhiteSpace(Host)) yield return $"{Section}:Host is required when e-mail alerts are enabled.";
        if (Port is < 1 or > 65535) yield return $"{Section}:Port must be between 1 and 65535.";
        if (!IsAddress(From)) yield return $"{Section}:From must be an e-mail address when e-mail alerts are enabled.";
        foreach (var to in To.Where(t => !IsAddress(t))) yield return $"{Section}:To has '{to}', which is not an e-mail address.";
        if (TimeoutSeconds < 1) yield return $"{Section}:TimeoutSeconds must be at least 1.";
    }

    private static bool IsAddress(string value) => System.Net.Mail.MailAddress.TryCreate(value, out _);
}
