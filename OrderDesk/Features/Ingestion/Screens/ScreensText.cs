namespace OrderDesk.Features.Ingestion.Screens;

/// <summary>Anchor for the sync screens' strings (ScreensText.resx and .zh-Hans.resx), shared by their pages and components.</summary>
public sealed class ScreensText;
