using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Pointer;
using Json.Schema;

namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>
/// One platform's order JSON Schema (draft 2020-12, embedded in the assembly), and its verdicts phrased for the
/// person reading the quarantine list: "/orders/order/0/num: required" rather than the validator's raw output.
/// </summary>
public sealed class PayloadSchema
{
    private readonly JsonSchema _schema;
    private readonly JsonNode _schemaDocument;
    private static readonly EvaluationOptions s_options = new() { OutputFormat = OutputFormat.List };

    public PayloadSchema(string resourceName)
    {
        using var stream = typeof(PayloadSchema).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Schema resource {resourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        _schema = JsonSchema.FromText(text);
        _schemaDocument = JsonNode.Parse(text)!;
    }

    public IReadOnlyList<PayloadError> Validate(string payload)
    {
        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(payload);
        }
        catch (JsonException ex)
        {
            return [new PayloadError("", $"not valid JSON: {ex.Message}")];
        }
        if (instance is null) return [new PayloadError("", "the payload is JSON null, not an order")];

        var results = _schema.Evaluate(instance, s_options);
        if (results.IsValid) return [];
        return results.Details
            .Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.SelectMany(error => Describe(d, error.Key, error.Value, instance)))
            .Distinct()
            .ToList();
    }

    private IEnumerable<PayloadError> Describe(EvaluationResults result, string keyword, string message, JsonNode instance)
    {
        var at = result.InstanceLocation.ToString();
        if (keyword == "required")
        {
            // The validator reports a missing property at its parent; pointing at the property itself tells ops
            // exactly which field the platform left out.
            var missing = MissingProperties(result, instance).ToList();
            if (missing.Count > 0) return missing.Select(name => new PayloadError($"{at}/{name}", "required"));
        }
        var readable = keyword switch
        {
            "type" => TypeMessage(result, instance),
            "pattern" => PatternMessage(result, instance) ?? message,
            _ => message,
        };
        return [new PayloadError(at.Length == 0 ? "/" : at, readable)];
    }

    private IEnumerable<string> MissingProperties(EvaluationResults result, JsonNode instance)
    {
        var schemaNode = SchemaNodeAt(result);
        if (schemaNode?["required"] is not JsonArray required) return [];
        var target = result.InstanceLocation.TryEvaluate(instance, out var node) ? node as JsonObject : null;
        return required.Select(r => r!.GetValue<string>()).Where(name => target is null || !target.ContainsKey(name));
    }

    private string TypeMessage(EvaluationResults result, JsonNode instance)
    {
        var expected = SchemaNodeAt(result)?["type"] switch
        {
            JsonArray types => string.Join(" or ", types.Select(t => t!.GetValue<string>())),
            JsonValue type => type.GetValue<string>(),
            _ => "another type",
        };
        var actual = result.InstanceLocation.TryEvaluate(instance, out var node) ? node : null;
        var actualText = actual is null ? "null" : $"{actual.GetValueKind().ToString().ToLowerInvariant()} {Shorten(actual.ToJsonString())}";
        return $"must be {expected}, not {actualText}";
    }

    /// <summary>The schemas describe each pattern in words ("a yuan amount such as \"128.00\""), which ops can act on.</summary>
    private string? PatternMessage(EvaluationResults result, JsonNode instance)
    {
        var description = SchemaNodeAt(result)?["description"]?.GetValue<string>();
        if (description is null) return null;
        var actual = result.InstanceLocation.TryEvaluate(instance, out var node) && node is not null ? Shorten(node.ToJsonString()) : "the value";
        return $"{actual} is not {description}";
    }

    private JsonNode? SchemaNodeAt(EvaluationResults result)
    {
        var fragment = Uri.UnescapeDataString(result.SchemaLocation.Fragment.TrimStart('#'));
        if (fragment.Length == 0) return _schemaDocument;
        return JsonPointer.TryParse(fragment, out var pointer) && pointer.TryEvaluate(_schemaDocument, out var node) ? node : null;
    }

    private static string Shorten(string json) => json.Length <= 40 ? json : json[..40] + "…";
}
