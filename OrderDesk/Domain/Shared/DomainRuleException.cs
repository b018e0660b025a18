namespace OrderDesk.Domain.Shared;

/// <summary>A business rule refused an operation. Its message is meant for the person who asked.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
