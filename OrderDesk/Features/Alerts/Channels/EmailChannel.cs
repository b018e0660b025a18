using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;

namespace OrderDesk.Features.Alerts.Channels;

/// <summary>
/// Plain-text alert e-mails over SMTP (System.Net.Mail: no extra package; STARTTLS but no implicit TLS) to the rule's
/// recipients that have an e-mail address plus the fixed <see cref="EmailOptions.To"/> list.
/// </summary>
public sealed class EmailChannel(EmailOptions options) : IAlertChannel
{
    public const string ChannelName = "email";

    public string Name => ChannelName;
    public bool Enabled => options.Enabled;
    public string Target => $"smtp://{options.Host}:{options.Port}";

    public async Task<string> SendAsync(AlertMessage message, CancellationToken ct)
    {
        var to = message.RecipientEmails.Concat(options.To).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (to.Count == 0) return "E-mail: nobody to write to.";

        using var mail = new MailMessage
        {
            From = new MailAddress(options.From),
            Subject = Subject(message),
            Body = Body(message),
            IsBodyHtml = false,
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        foreach (var address in to) mail.To.Add(address);
        using var smtp = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = options.TimeoutSeconds * 1000,
            Credentials = options.UserName.Length == 0 ? null : new NetworkCredential(options.UserName, options.Password),
        };
        // SmtpClient.Timeout is documented for the synchronous Send only: this guard makes sure a server that
        // accepts and then says nothing cannot hold SendMailAsync (and a Hangfire worker) for good.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            await smtp.SendMailAsync(mail, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{Target} did not take the message within {options.TimeoutSeconds} s.");
        }
        return $"E-mail to {string.Join(", ", to)}";
    }

    public static string Subject(AlertMessage m) =>
        $"{(m.IsResolved ? "Resolved: " : "")}[{m.Severity}] {m.Rule} ({m.Scope})";

    public static string Body(AlertMessage m)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{m.Rule}: {m.Condition}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Scope: {m.Scope}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Value: {m.Value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-"} (threshold {m.Threshold.ToString("0.####", CultureInfo.InvariantCulture)})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Opened: {m.OpenedAt:u}");
        if (m.ResolvedAt is { } resolved) text.AppendLine(CultureInfo.InvariantCulture, $"Resolved: {resolved:u}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Details: {m.Url}");
        return text.ToString();
    }
}
