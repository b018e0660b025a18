namespace OrderDesk.Features.Ingestion.Platforms;

/// <summary>A line's variant as staff read it on pick lists: the option values joined by " / ".</summary>
public static class VariantText
{
    /// <summary>Taobao's sku_properties_name: "颜色分类:红色;尺码:M" → "红色 / M".</summary>
    public static string FromSkuProperties(string skuProperties) =>
        Join(skuProperties.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair[(pair.IndexOf(':') + 1)..]));

    /// <summary>Pinduoduo's goods_spec: "红色,M" → "红色 / M" (full-width commas too).</summary>
    public static string FromGoodsSpec(string goodsSpec) =>
        Join(goodsSpec.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Join(IEnumerable<string> values) =>
        string.Join(" / ", values.Select(v => v.Trim()).Where(v => v.Length > 0));
}
