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
