using System.Text.Json;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>
/// Checks a payload the way the worker will: is it JSON at all, and what does the platform's mapper say about it.
/// Mappers are the platform adapters' (singletons); with none registered for a platform the screen says so.
/// </summary>
public sealed class PayloadCheck(IEnumerable<IOrderMapper> mappers)
{
    // The last registration wins, as it does for a single service in DI.
    private readonly Dictionary<Platform, IOrderMapper> _mappers = mappers
        .GroupBy(m => m.Platform).ToDictionary(g => g.Key, g => g.Last());

    public bool HasValidator(Platform platform) => _mappers.ContainsKey(platform);

    public PayloadVerdict Check(Platform platform, string payload)
    {
        if (JsonSyntaxError(payload) is { } syntax) return new PayloadVerdict(syntax, HasValidator(platform), []);
        return _mappers.TryGetValue(platform, out var mapper)
            ? new PayloadVerdict(null, true, mapper.Validate(payload))
            : new PayloadVerdict(null, false, []);
    }

    /// <summary>Where the text stops being JSON (1-based line and column), or null when it is JSON.</summary>
    public static JsonSyntaxError? JsonSyntaxError(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            return new JsonSyntaxError((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
    }
}

/// <summary>The outcome of <see cref="PayloadCheck.Check"/>: a syntax error, or the mapper's schema errors (if it has a mapper).</summary>
public sealed record PayloadVerdict(JsonSyntaxError? Syntax, bool HasValidator, IReadOnlyList<PayloadError> Errors)
{
    public bool IsJson => Syntax is null;
    public bool IsValid => IsJson && HasValidator && Errors.Count == 0;
}

public sealed record JsonSyntaxError(int Line, int Column);
