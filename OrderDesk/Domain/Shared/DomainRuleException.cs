namespace OrderDesk.Domain.Shared;

/// <summary>
/// A business rule refused an operation. Its message is meant for the person who asked; when the refusal is
/// about input fields, <see cref="Field"/> or <see cref="Problems"/> name them so an editor can show the error next to it.
/// </summary>
public sealed class DomainRuleException(string message, IReadOnlyList<FieldProblem>? problems = null) : Exception(message)
{
    /// <summary>The refused fields, when the rule is about a form's input, so the form shows each reason next to its field.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; } = problems ?? [];
}
