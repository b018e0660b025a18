namespace OrderDesk.Domain.Shared;

/// <summary>
/// One refused input: the field it belongs to, a stable code the UI localizes (with <see cref="Argument"/> as
/// its placeholder, e.g. the unknown province's name), and an English message for logs and tests.
/// </summary>
public sealed record FieldProblem(string Field, string Code, string Argument, string Message);
