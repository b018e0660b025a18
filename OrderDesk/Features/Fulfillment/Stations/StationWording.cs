using System.Globalization;
using Microsoft.Extensions.Localization;
using OrderDesk.Components;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;
using OrderDesk.Hosting;

namespace OrderDesk.Features.Fulfillment.Stations;

/// <summary>
/// Words a desk's <see cref="StationMessage"/> for the screen in the current UI culture (the circuit's, set by request
/// localization): StationText <c>Msg_{Key}</c>, with stages and order statuses named as everywhere else, holds named,
/// instants as local clock times and nested messages worded the same way. The desk's records stay in English.
/// </summary>
public sealed class StationWording(IStringLocalizer<StationText> text, IStringLocalizer<SharedText> shared, TimeDisplay time)
{
    public string Word(StationMessage message) =>
        message.IsEmpty ? "" : text[$"Msg_{message.Key}", [.. message.Args.Select(Argument)]].Value;

    /// <summary>
    /// A recorded note for the reader: its <paramref name="detail"/> (<see cref="StationMessageJson"/>) worded when it
    /// still reads — a known message whose wording takes its arguments — otherwise the English note as it was written.
    /// </summary>
    public string Recorded(string note, string? detail)
    {
        if (StationMessageJson.Read(detail) is not { } message || !Known(message)) return note;
        try
        {
            return Word(message);
        }
        catch (FormatException)
        {
            return note; // the wording has since changed its arguments: the note is still right
        }
    }

    private bool Known(StationMessage message) =>
        !text[$"Msg_{message.Key}"].ResourceNotFound && message.Args.OfType<StationMessage>().All(Known);

    private object Argument(object argument) => argument switch
    {
        StationMessage nested => Word(nested),
        FulfillmentStage stage => shared[$"Stage_{stage}"].Value,
        OrderStatus status => shared[$"Status_{status}"].Value,
        ShippingHold hold => text[$"Hold_{hold}"].Value,
        DateTimeOffset at => time.Local(at).ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => argument,
    };
}
