using System.Text.Encodings.Web;
using System.Text.Json;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>One line of a pretty-printed payload and the errors (indexes into the error list) that point at it.</summary>
public sealed record PayloadLine(int Number, string Text, IReadOnlyList<int> Errors);

/// <summary>
/// A payload pretty-printed line by line, knowing which line each JSON pointer starts on, so the screen can mark
/// the lines a schema error points at. A pointer to something absent (a missing required property) marks its
/// nearest existing parent. Text that is not JSON is shown as it is.
/// </summary>
public sealed class PrettyPayload
{
    private static readonly JsonSerializerOptions s_readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private const string Indent = "  ";

    private readonly List<(string Text, string Pointer)> _raw = [];
    private readonly Dictionary<string, int> _lineOf = new(StringComparer.Ordinal);

    public bool IsJson { get; }
    public IReadOnlyList<PayloadLine> Lines { get; }
    /// <summary>For each error, the 1-based line it marks (null when the text is not JSON).</summary>
    public IReadOnlyList<int?> ErrorLines { get; }
    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    private PrettyPayload(string payload, IReadOnlyList<PayloadError> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            Write(document.RootElement, "", 0, prefix: "", last: true);
            IsJson = true;
        }
        catch (JsonException)
        {
            _raw.Clear();
            _lineOf.Clear();
            foreach (var line in payload.ReplaceLineEndings("\n").Split('\n')) _raw.Add((line, ""));
        }
        ErrorLines = [.. errors.Select(e => IsJson ? LineOf(e.Path) : (int?)null)];
        Lines = [.. _raw.Select((r, i) => new PayloadLine(i + 1, r.Text,
            [.. ErrorLines.Select((line, error) => (line, error)).Where(x => x.line == i + 1).Select(x => x.error)]))];
    }

    public static PrettyPayload Of(string payload, IReadOnlyList<PayloadError>? errors = null) => new(payload, errors ?? []);

    /// <summary>Pretty JSON for the editor; the text unchanged when it is not JSON.</summary>
    public static string Format(string payload) => Of(payload).Text;

    private int LineOf(string pointer)
    {
        var path = pointer.StartsWith('#') ? pointer[1..] : pointer;
        while (true)
        {
            if (_lineOf.TryGetValue(path, out var index)) return index + 1;
            if (path.Length == 0) return 1;
            path = path[..path.LastIndexOf('/')];
        }
    }

    private void Write(JsonElement element, string pointer, int depth, string prefix, bool last)
    {
        var pad = string.Concat(Enumerable.Repeat(Indent, depth));
        var comma = last ? "" : ",";
        _lineOf.TryAdd(pointer, _raw.Count);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                _raw.Add((pad + prefix + "{", pointer));
                var properties = element.EnumerateObject().ToList();
                for (var i = 0; i < properties.Count; i++)
                {
                    var p = properties[i];
                    Write(p.Value, pointer + "/" + Escape(p.Name), depth + 1, Quote(p.Name) + ": ", i == properties.Count - 1);
                }
                _raw.Add((pad + "}" + comma, pointer));
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                _raw.Add((pad + prefix + "[", pointer));
                var length = element.GetArrayLength();
                var n = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, pointer + "/" + n, depth + 1, "", n == length - 1);
                    n++;
                }
                _raw.Add((pad + "]" + comma, pointer));
                break;
            default:
                _raw.Add((pad + prefix + Scalar(element) + comma, pointer));
                break;
        }
    }

    // Strings are shown unescaped (Chinese as Chinese, not \u4e2d); numbers and literals exactly as sent.
    private static string Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => TryQuote(element) ?? element.GetRawText(),
        JsonValueKind.Object => "{}",
        JsonValueKind.Array => "[]",
        _ => element.GetRawText(),
    };

    private static string? TryQuote(JsonElement element)
    {
        try
        {
            return Quote(element.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return null; // a lone surrogate: keep the platform's own escapes
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, s_readable);

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
