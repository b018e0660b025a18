namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// A detail line for a station's screen, kept apart from the English note that goes on the record: a stable key
/// (StationText <c>Msg_{Key}</c>) and its arguments, worded in the reader's language by the screen. Stages, order
/// statuses, holds, instants and nested messages among the arguments are worded too; anything else is shown as is.
/// </summary>
public sealed record StationMessage(string Key, params object[] Args)
{
    /// <summary>No detail line.</summary>
    public static readonly StationMessage None = new("");

    public bool IsEmpty => Key.Length == 0;

    /// <summary>The message a refused rule names with its <see cref="Shared.DomainRuleException.Code"/>; its own text when it names none.</summary>
    public static StationMessage Refused(Shared.DomainRuleException refused) =>
        refused.Code is { Length: > 0 } code ? new(code, [.. refused.Arguments]) : new("Refused", refused.Message);

    /// <summary>Key and arguments, for logs and failed assertions; the screen words it through StationText.</summary>
    public override string ToString() => Args.Length == 0 ? Key : $"{Key}({string.Join(", ", Args)})";
}
