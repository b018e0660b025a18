namespace OrderDesk.Features.Demo;

/// <summary>What buyers write on their orders and what shop staff note on them, as they write it.</summary>
public static class DemoNotes
{
    private static readonly string[] s_buyerMessages =
    [
        "请尽快发货，谢谢！", "麻烦发顺丰，运费可以补。", "送人的，不要放发票和价格单。", "周末不在家，请工作日送达。",
        "颜色要和图片一致哦。", "易碎品请多包几层泡沫，谢谢！", "需要开发票，抬头：上海悦行科技有限公司。",
        "放快递柜就行。", "到了请先打电话。", "和上一单一起发可以吗？", "尺码不确定，能换的话最好。", "生日礼物，请帮忙写张贺卡：生日快乐！",
    ];

    private static readonly string[] s_sellerMemos =
    [
        "VIP客户，优先发货。", "已备注加送小样。", "客户要求改地址，已核实。", "缺货，等待调拨。", "顺丰到付，已和客户确认。",
        "老客户，包装仔细一点。", "发票随货寄出。", "上一单漏发赠品，本单补发。",
    ];

    public static string BuyerMessage(Random random) => s_buyerMessages[random.Next(s_buyerMessages.Length)];

    public static string SellerMemo(Random random) => s_sellerMemos[random.Next(s_sellerMemos.Length)];
}
