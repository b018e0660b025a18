namespace OrderDesk.Components;

/// <summary>Anchor for the strings the layout and shared components use (SharedText.resx).</summary>
public sealed class SharedText;
