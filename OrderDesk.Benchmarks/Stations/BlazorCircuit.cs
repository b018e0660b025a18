using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrderDesk.Benchmarks.Stations;

/// <summary>
/// A real Blazor Server circuit without a browser: the page is requested over HTTP with the user's cookies, its
/// prerendered root component is started on the app's <c>/_blazor</c> hub over a WebSocket in the same protocol as
/// blazor.web.js (blazorpack), every render batch is acknowledged, and the page's JS interop calls are answered the way
/// the page's scripts would (imports and <c>attach</c> answer object references, the rest succeed empty). What the server
/// does is exactly what it does for a browser: the same hub, circuit, renderer, diffs and serialised batches. What is left
/// out is the browser applying the batch to its DOM, which happens on the station's own PC.
/// </summary>
internal sealed partial class BlazorCircuit : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly ConcurrentDictionary<string, Pending> _calls = new();
    private readonly TaskCompletionSource<long> _pageReference = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _error = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextJsObject = 1000;
    private long _nextCall;
    private long _batches;
    private long _batchBytes;

    private BlazorCircuit(HubConnection hub) => _hub = hub;

    /// <summary>Render batches received so far, and their bytes.</summary>
    public (long Count, long Bytes) Batches => (Interlocked.Read(ref _batches), Interlocked.Read(ref _batchBytes));

    /// <summary>Signs in through the app's own login form; the cookies then open any number of circuits.</summary>
    public static async Task<CookieContainer> SignInAsync(Uri address, string email, string password)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        var login = await http.GetStringAsync("account/login");
        var token = AntiforgeryToken().Match(login);
        if (!token.Success) throw new InvalidOperationException("The login page has no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/",
        });
        using var answer = await http.PostAsync("account/signin", form);
        var location = answer.Headers.Location?.ToString() ?? "";
        if (answer.StatusCode != HttpStatusCode.Redirect || location.Contains("login", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Sign-in refused: {(int)answer.StatusCode} to {location}.");
        return cookies;
    }

    /// <summary>Opens the page at <paramref name="path"/> as a live circuit; returns once the page handed its script the
    /// .NET object reference (the moment a browser's station would take its first scan).</summary>
    public static async Task<BlazorCircuit> OpenAsync(Uri address, string path, CookieContainer cookies, TimeSpan timeout)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        var html = await http.GetStringAsync(path.TrimStart('/'));
        var markers = Markers().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => (string?)m["type"] == "server").ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"{path} has no interactive server component.");
        var state = ServerState().Match(html) is { Success: true } s ? s.Groups[1].Value : "";

        var builder = new HubConnectionBuilder().WithUrl(new Uri(address, "_blazor"), HttpTransportType.WebSockets, o => o.Cookies = cookies);
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPack(new MessagePackHubProtocol()));
        var hub = builder.Build();
        var circuit = new BlazorCircuit(hub);
        circuit.Listen();
        await hub.StartAsync();
        var pageUri = new Uri(address, path).ToString();
        var id = await hub.InvokeAsync<string?>("StartCircuit", address.ToString(), pageUri, "[]", state);
        if (string.IsNullOrEmpty(id)) throw new InvalidOperationException("The app refused to start the circuit.");
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray(markers.Select((m, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i,
                ["marker"] = m.DeepClone(),
            }).ToArray()),
        };
        await hub.SendAsync("UpdateRootComponents", operations.ToJsonString(), state);
        var ready = await Task.WhenAny(circuit._pageReference.Task, circuit._error.Task, Task.Delay(timeout));
        if (ready != circuit._pageReference.Task)
        {
            await circuit.DisposeAsync();
            throw new InvalidOperationException(circuit._error.Task.IsFaulted ? circuit._error.Task.Exception!.InnerException!.Message
                : $"{path} did not attach its script within {timeout.TotalSeconds:N0} s.");
        }
        return circuit;
    }

    /// <summary>Calls a <c>[JSInvokable]</c> method on the page's object reference, as the page's script does. The time is
    /// from sending the call to the last render batch before the answer (the screen's update) and to the answer itself.</summary>
    public async Task<Answer> InvokeAsync(string method, params object?[] args)
    {
        var reference = await _pageReference.Task;
        var callId = Interlocked.Increment(ref _nextCall).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pending = new Pending(Stopwatch.GetTimestamp());
        _calls[callId] = pending;
        await _hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, method, reference, JsonSerializer.Serialize(args));
        var done = await Task.WhenAny(pending.Answer.Task, _error.Task);
        if (done != pending.Answer.Task) throw new InvalidOperationException("The circuit failed: " + _error.Task.Exception?.InnerException?.Message);
        var (success, json, answeredAt) = await pending.Answer.Task;
        if (!success) throw new InvalidOperationException($"{method} failed: {json}");
        var renderedAt = Interlocked.Read(ref pending.LastBatchTicks);
        return new Answer(JsonSerializer.Deserialize<JsonElement>(json),
            Stopwatch.GetElapsedTime(pending.SentAt, answeredAt).TotalMilliseconds,
            renderedAt == 0 ? null : Stopwatch.GetElapsedTime(pending.SentAt, renderedAt).TotalMilliseconds);
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private void Listen()
    {
        _hub.On<long, byte[]>("JS.RenderBatch", async (batchId, data) =>
        {
            var now = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _batchBytes, data.Length);
            foreach (var call in _calls.Values) Interlocked.Exchange(ref call.LastBatchTicks, now);
            await _hub.SendAsync("OnRenderCompleted", batchId, null);
        });
        _hub.On<long, string, string, int, long, int>("JS.BeginInvokeJS", async (handle, identifier, argsJson, resultType, target, _) =>
        {
            var result = AnswerJs(identifier, argsJson, resultType);
            if (handle != 0) await _hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
        });
        _hub.On<string, bool, string>("JS.EndInvokeDotNet", (callId, success, json) =>
        {
            if (_calls.TryRemove(callId, out var call)) call.Answer.TrySetResult((success, json, Stopwatch.GetTimestamp()));
        });
        _hub.On<string>("JS.Error", message => _error.TrySetException(new InvalidOperationException(message)));
        _hub.Closed += e =>
        {
            _error.TrySetException(new InvalidOperationException("The circuit's connection closed.", e));
            return Task.CompletedTask;
        };
    }

    /// <summary>What the page's scripts would answer: a new object for imports and <c>attach</c> (whose arguments carry the
    /// page's .NET object reference), nothing for the rest (storage, focus, MudBlazor's observers).</summary>
    private string AnswerJs(string identifier, string argsJson, int resultType)
    {
        if (identifier == "attach" && DotNetReference().Match(argsJson) is { Success: true } reference)
            _pageReference.TrySetResult(long.Parse(reference.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        const int jsObjectReference = 1;
        return resultType == jsObjectReference || identifier == "attach"
            ? $$"""{"__jsObjectId":{{Interlocked.Increment(ref _nextJsObject)}}}"""
            : "null";
    }

    [GeneratedRegex("""<!--Blazor:(\{.*?\})-->""", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex("""<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->""")]
    private static partial Regex ServerState();

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"""__dotNetObject""\s*:\s*(\d+)")]
    private static partial Regex DotNetReference();

    public sealed record Answer(JsonElement Result, double AnsweredMs, double? RenderedMs);

    private sealed class Pending(long sentAt)
    {
        public long SentAt { get; } = sentAt;
        public long LastBatchTicks;
        public TaskCompletionSource<(bool Success, string Json, long At)> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The hub's protocol is MessagePack under blazor.web.js's name for it; the server accepts no other.</summary>
    private sealed class BlazorPack(IHubProtocol inner) : IHubProtocol
    {
        public string Name => "blazorpack";
        public int Version => inner.Version;
        public TransferFormat TransferFormat => inner.TransferFormat;

        public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
            inner.TryParseMessage(ref input, binder, out message);

        public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);
        public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);
        public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);
    }
}
