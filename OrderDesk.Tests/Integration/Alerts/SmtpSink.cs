using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>
/// Just enough of an SMTP server on 127.0.0.1 (no TLS, no AUTH) to take mail from a real client: greets, accepts
/// EHLO/HELO, MAIL, RCPT and DATA, and keeps each message with its envelope. A <paramref name="silent"/> sink accepts
/// connections and never says a word: a mail server that hangs.
/// </summary>
public sealed class SmtpSink(bool silent = false) : IAsyncDisposable
{
    public sealed record Mail(string From, IReadOnlyList<string> To, string Data)
    {
        public string Header(string name) => Data.Split("\r\n").TakeWhile(l => l.Length > 0)
            .FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? "";

        /// <summary>The text after the headers, decoded when the client chose base64.</summary>
        public string Body
        {
            get
            {
                var body = Data[(Data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
                return Header("Content-Transfer-Encoding") == "base64"
                    ? Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)))
                    : body;
            }
        }
    }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _accepting;

    public ConcurrentQueue<Mail> Received { get; } = new();
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public SmtpSink Start()
    {
        _listener.Start();
        _accepting = AcceptAsync();
        return this;
    }


    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        if (silent)
        {
            try { await Task.Delay(Timeout.Infinite, _stop.Token); }
            catch (OperationCanceledException) { }
            return;
        }
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ESMTP");
        string from = "";
        var to = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO": await writer.WriteLineAsync("250 sink"); break;
                case "MAIL": from = Address(line); await writer.WriteLineAsync("250 OK"); break;
                case "RCPT": to.Add(Address(line)); await writer.WriteLineAsync("250 OK"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    Received.Enqueue(new Mail(from, to.ToList(), data.ToString()));
                    to.Clear();
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT": await writer.WriteLineAsync("221 Bye"); return;
                default: await writer.WriteLineAsync("250 OK"); break;
            }
        }
    }

    private static string Address(string line) => line[(line.IndexOf('<') + 1)..line.IndexOf('>')];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        if (_accepting is not null) await _accepting;
        _stop.Dispose();
    }
}
