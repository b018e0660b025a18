namespace OrderDesk.Features.Fulfillment.Waves;

/// <summary>Anchor for the waves screens' strings (WavesText.resx).</summary>
public sealed class WavesText;
