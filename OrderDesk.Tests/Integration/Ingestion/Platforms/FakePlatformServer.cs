using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrderDesk.Tests.Integration.Ingestion.Platforms;

/// <summary>What the fake platform received: enough to check the request shape and its signature.</summary>
public sealed record RecordedRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Form, IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers, string BaseUrl);

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, standing in for a platform gateway: it records every request
/// and answers with whatever the test's responder writes. Real sockets, so timeouts and HTTP status handling are
/// exercised the way they happen in production.
/// </summary>
public sealed class FakePlatformServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];

    public Func<RecordedRequest, HttpContext, Task> Respond { get; set; } = (_, context) => context.Response.WriteAsync("{}");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public Uri BaseUrl { get; private set; } = null!;

    private FakePlatformServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public static async Task<FakePlatformServer> StartAsync(CancellationToken ct)
    {
        var server = new FakePlatformServer();
        await server._app.StartAsync(ct);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted)).ToDictionary(f => f.Key, f => f.Value.ToString())
            : [];
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path,
            form,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            BaseUrl.ToString());
        lock (_requests) _requests.Add(request);
        context.Response.ContentType = "application/json";
        await Respond(request, context);
    }

    /// <summary>Answers every request with the same status and body.</summary>
    public void AnswerWith(string body, int status = 200, Action<HttpResponse>? headers = null) =>
        Respond = async (_, context) =>
        {
            context.Response.StatusCode = status;
            headers?.Invoke(context.Response);
            await context.Response.WriteAsync(body);
        };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
