using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Catalog;

/// <summary>One sellable variant (colour × size) with the unique barcode warehouse staff scan.</summary>
public sealed class Sku : IAudited
{
    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Barcode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Color { get; private set; } = "";
    public string Size { get; private set; } = "";
    public string Category { get; private set; } = "";
    public HandlingFlags Handling { get; private set; }
    public int WeightGrams { get; private set; }
    public int LengthMm { get; private set; }
    public int WidthMm { get; private set; }
    public int HeightMm { get; private set; }
    public string ImagePath { get; private set; } = "";
    public Money Price { get; private set; }

    public string VariantText => Variant(Color, Size);

    /// <summary>Colour and size as staff read them ("Red / M"), for a projection that has only the two values.</summary>
    public static string Variant(string color, string size) => string.Join(" / ", new[] { color, size }.Where(s => s.Length > 0));

    private Sku() { }

    public Sku(string code, string barcode, string name, string color, string size, string category,
        HandlingFlags handling, int weightGrams, (int Length, int Width, int Height) dimensionsMm, Money price)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainRuleException("A SKU needs a code.");
        if (string.IsNullOrWhiteSpace(barcode)) throw new DomainRuleException($"SKU {code} needs a barcode.");
        if (weightGrams <= 0) throw new DomainRuleException($"SKU {code} needs a positive weight.");
        if (price.Fen < 0) throw new DomainRuleException($"SKU {code} cannot have a negative price.");
        Code = code.Trim();
        Barcode = barcode.Trim();
        Name = name;
        Color = color;
        Size = size;
        Category = category;
        Handling = handling;
        WeightGrams = weightGrams;
        (LengthMm, WidthMm, HeightMm) = dimensionsMm;
        Price = price;
        ImagePath = $"/sku-images/{Uri.EscapeDataString(Code)}.svg";
    }
}
