namespace OrderDesk.Domain.Shared;

/// <summary>
/// A business rule refused an operation. Its message is meant for the person who asked; when the refusal is
/// about input fields, <see cref="Problems"/> names each field so an editor can show the error next to it.
/// </summary>
public sealed class DomainRuleException(string message, IReadOnlyList<FieldProblem>? problems = null) : Exception(message)
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems ?? [];
}
