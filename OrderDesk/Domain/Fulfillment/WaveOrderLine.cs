namespace OrderDesk.Domain.Fulfillment;

/// <summary>One order line as the stations see it: what to scan, where it lies, and how many units each stage verified.</summary>
public sealed class WaveOrderLine
{
    public long Id { get; private set; }
    public long WaveOrderId { get; private set; }
    public long OrderLineId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string Barcode { get; private set; } = "";
    /// <summary>The product's name without the variant: two SKUs with the same product name are siblings (colour/size).</summary>
    public string ProductName { get; private set; } = "";
    public string VariantText { get; private set; } = "";
    public string ImagePath { get; private set; } = "";
    public string BinLocation { get; private set; } = "";
    public int Quantity { get; private set; }
    public bool IsGift { get; private set; }
    public int WeightGrams { get; private set; }
    public int Picked { get; private set; }
    public int Checked { get; private set; }

    private WaveOrderLine() { }

    internal WaveOrderLine(long orderLineId, string skuCode, string barcode, string productName, string variantText,
        string imagePath, string binLocation, int quantity, bool isGift, int weightGrams)
    {
        OrderLineId = orderLineId;
        SkuCode = skuCode;
        Barcode = barcode;
        ProductName = productName;
        VariantText = variantText;
        ImagePath = imagePath;
        BinLocation = binLocation;
        Quantity = quantity;
        IsGift = isGift;
        WeightGrams = weightGrams;
    }

    public int VerifiedAt(FulfillmentStage stage) => stage switch
    {
        FulfillmentStage.Pick => Picked,
        FulfillmentStage.Check => Checked,
        _ => Quantity,
    };

    public int RemainingAt(FulfillmentStage stage) => Quantity - VerifiedAt(stage);

    internal void CountOne(FulfillmentStage stage)
    {
        if (stage == FulfillmentStage.Pick) Picked++;
        else if (stage == FulfillmentStage.Check) Checked++;
    }

    internal void ResetCheck() => Checked = 0;
}
