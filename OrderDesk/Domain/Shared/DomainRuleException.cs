namespace OrderDesk.Domain.Shared;

/// <summary>
/// A business rule refused an operation. Its message is meant for the person who asked (and for logs); a screen that
/// words it in the reader's language uses <see cref="Code"/> and <see cref="Arguments"/>, and a form shows each of
/// <see cref="Problems"/> next to its field.
/// </summary>
public sealed class DomainRuleException(string message, IReadOnlyList<FieldProblem>? problems = null) : Exception(message)
{
    /// <summary>The refused fields, when the rule is about a form's input, so the form shows each reason next to its field.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; } = problems ?? [];

    /// <summary>A stable name for the reason (e.g. "AdviceLoading"), for screens that show it in the reader's language.</summary>
    public string? Code { get; init; }

    /// <summary>What a screen fills into the text it shows for <see cref="Code"/> (a stage, a limit, a SKU).</summary>
    public IReadOnlyList<object> Arguments { get; init; } = [];
}
