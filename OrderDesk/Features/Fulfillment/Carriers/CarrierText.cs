using System.Globalization;

namespace OrderDesk.Features.Fulfillment.Carriers;

/// <summary>Anchor for the carrier screens' strings (CarrierText.resx), shared with the pack screen's advice panel.</summary>
public sealed class CarrierText
{
    /// <summary>Carrier and service names come in Chinese and English; the UI language picks one.</summary>
    public static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
