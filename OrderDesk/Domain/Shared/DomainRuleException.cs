namespace OrderDesk.Domain.Shared;

/// <summary>
/// A business rule refused an operation. Its message is meant for the person who asked; when the refusal is
/// about input fields, <see cref="Field"/> or <see cref="Problems"/> name them so an editor can show the error next to it.
/// </summary>
public sealed class DomainRuleException(string message, IReadOnlyList<FieldProblem>? problems = null) : Exception(message)
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems ?? [];

    /// <summary>The property that was refused, when one was, so a form can show the reason next to its field.</summary>
    public string? Field { get; init; }

    /// <summary>A stable name for the reason (e.g. "WindowTooShort"), for screens that show it in the reader's language.</summary>
    public string? Code { get; init; }

    /// <summary>What a screen fills into the text it shows for <see cref="Code"/> (a stage, a limit, a SKU).</summary>
    public IReadOnlyList<object> Arguments { get; init; } = [];
}
