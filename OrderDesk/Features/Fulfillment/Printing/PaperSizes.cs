namespace OrderDesk.Features.Fulfillment.Printing;

/// <summary>The paper a packing slip prints on; A6 fits the label printers most packing benches have.</summary>
public enum SlipPaper { A6, A5, A4 }

/// <summary>A label roll (one 60 × 40 mm label a page) or an A4 sheet of 3 × 7 labels (63.5 × 38.1 mm, Avery L7160 layout).</summary>
public enum LabelPaper { Roll, Sheet }

public static class PaperSizes
{
    public static SlipPaper Slip(string? size) => Named(size, SlipPaper.A6);

    public static LabelPaper Label(string? size) => Named(size, LabelPaper.Roll);

    // By name only: Enum.TryParse would also take "7" and hand back an undefined size.
    private static T Named<T>(string? size, T fallback) where T : struct, Enum =>
        Enum.GetValues<T>().FirstOrDefault(v => string.Equals(v.ToString(), size, StringComparison.OrdinalIgnoreCase), fallback);
}
