using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OrderDesk.Tests.Integration.Ingestion.Simulators;

/// <summary>
/// A webhook receiver on a real port (by default standing in for OrderDesk's web shop endpoint): records every POST
/// to <paramref name="route"/> and answers what the test queued (202 by default).
/// </summary>
public sealed class WebhookReceiver(string route = "/api/webhooks/webshop/{shop}") : IAsyncDisposable
{
    public sealed record Received(string Path, Dictionary<string, string> Headers, byte[] Body);

    private WebApplication? _app;

    public ConcurrentQueue<Received> Requests { get; } = new();
    public ConcurrentQueue<int> Answers { get; } = new();
    public Uri Address { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost(route, async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            Requests.Enqueue(new Received(http.Request.Path, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()), body.ToArray()));
            return Results.StatusCode(Answers.TryDequeue(out var status) ? status : StatusCodes.Status202Accepted);
        });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
