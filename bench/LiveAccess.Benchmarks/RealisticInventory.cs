using System;
using System.Globalization;
using System.Text;

namespace LiveAccess.Benchmarks;

/// <summary>
/// CSV inventories in memory with the mix of bench/generate-inventory.py (entity words in English
/// and Chinese, 0-3 categories written every way, scenarios as ids and aliases, Chinese names, a
/// few quoted cells and refused rows), for benchmarks that must not depend on files.
/// </summary>
public static class RealisticInventory
{
    private static readonly string[] Entities = { "enterprise", "enterprise", "enterprise", "企业", "企业", "个体工商户", "government", "政府", "media", "其他组织", "individual", "个人", "Enterprise" };
    private static readonly string[] Pairs =
    {
        "电商平台/电商平台", "电商平台/电商平台", "社交/直播", "社交/直播", "社交/直播表演", "教育/在线视频课程", "教育服务／培训机构", "金融业/银行",
        "医疗/互联网医院", "汽车服务/汽车预售", "工具/视频客服", "IT科技 > 多方通信", "房地产服务-房地产营销", "商业服务/公证", "social/live", "直播", "游戏/休闲游戏",
    };
    private static readonly string[] Between = { ";", ";", "；", "|", "; " };
    private static readonly string[] Scenarios =
    {
        "ecommerce", "ecommerce", "education", "entertainment", "government", "finance", "medical-sales", "medical-consultation", "scenic-spot",
        "auto-presale", "customer-service", "real-estate-marketing", "multi-party-conferencing", "av-devices", "notarization", "public-transport", "场景2", "电商带货", "网课",
    };
    private static readonly string[] Names = { "", "", "优选商城", "在线课堂", "直播好物", "市政府新闻办", "小鹿严选", "安心医院" };

    /// <summary>An inventory of <paramref name="rows"/> rows, each naming a scenario unless <paramref name="everyScenario"/>.</summary>
    public static byte[] Csv(int rows, bool everyScenario = false, int seed = 20261121)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("AppId,Name,EntityType,Categories,Scenario\n");
        for (var i = 0; i < rows; i++)
        {
            var appId = random.Next(2000) == 0 ? "wx12" : "wx" + ((ulong)random.NextInt64()).ToString("x16", CultureInfo.InvariantCulture);
            var categories = new StringBuilder();
            var count = random.Next(10) switch { 0 => 0, < 7 => 1, < 9 => 2, _ => 3 };
            var between = Between[random.Next(Between.Length)];
            for (var k = 0; k < count; k++)
            {
                if (k > 0) categories.Append(between);
                categories.Append(Pairs[random.Next(Pairs.Length)]);
            }
            var cell = categories.ToString();
            if (random.Next(10) == 0 && count > 1) cell = "\"" + cell.Replace(";", ",", StringComparison.Ordinal) + "\"";
            sb.Append(appId).Append(',').Append(Names[random.Next(Names.Length)]).Append(',').Append(Entities[random.Next(Entities.Length)])
              .Append(',').Append(cell).Append(',').Append(everyScenario ? "" : Scenarios[random.Next(Scenarios.Length)]).Append('\n');
        }
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }
}
