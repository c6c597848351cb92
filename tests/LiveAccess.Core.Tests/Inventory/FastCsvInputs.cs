using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>Generated CSV inventories for the fast-path differential tests: realistic ones, and ones full of quirks.</summary>
internal static class FastCsvInputs
{
    private const string Header = "AppId,Name,EntityType,Categories,Scenario";

    private static readonly string[] Entities = { "enterprise", "企业", "个体工商户", "government", "政府", "media", "individual", "个人", "其他组织", "Enterprise", " 企业 ", "enterprize" };
    private static readonly string[] Categories =
    {
        "社交/直播", "电商平台/电商平台", "教育服务/在线视频课程", "教育/培训机构", "金融业/银行", "医疗/互联网医院", "汽车服务/汽车预售",
        "社交/直播;电商平台/电商平台", "社交/直播；教育/在线视频课程", "社交 > 直播|金融/保险", "social/live", "直播", "游戏/休闲游戏", "",
    };
    private static readonly string[] Scenarios = { "ecommerce", "education", "government", "场景2", "电商带货", "entertainment", "", "medical-sales", "网课" };
    private static readonly string[] Names = { "", "优选商城", "在线课堂", "市政府新闻办", "Acme", "直播好物" };

    /// <summary>Rows like a real export: mostly plain, some quoted values, Chinese throughout, a few refusals.</summary>
    public static string Realistic(Random random, int rows)
    {
        var sb = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var appId = random.Next(50) == 0 ? "wx12" : "wx" + ((ulong)random.NextInt64()).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            var categories = Pick(random, Categories);
            if (random.Next(10) == 0) categories = "\"" + categories.Replace(";", ",", StringComparison.Ordinal) + "\"";
            var name = Pick(random, Names);
            if (random.Next(30) == 0) name = "\"" + name + ", 旗舰店\"";
            sb.Append(appId).Append(',').Append(name).Append(',').Append(Pick(random, Entities)).Append(',')
              .Append(categories).Append(',').Append(Pick(random, Scenarios)).Append(random.Next(20) == 0 ? "\r\n" : "\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// A small inventory with a few quirks of every kind a real file has, as bytes. A file holds
    /// either bytes that are not UTF-8 or the noncharacter U+FDD0, never both: the decoding reader
    /// marks bad bytes with U+FDD0, so with both in one file which of them it reports depends on how
    /// the stream happened to be read in chunks, and no second reader could agree with that.
    /// </summary>
    public static byte[] Quirky(Random random)
    {
        var badBytes = random.Next(2) == 0;
        var bytes = new List<byte>();
        if (random.Next(8) == 0) bytes.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.AddRange(Encoding.UTF8.GetBytes(QuirkyHeader(random) + LineEnd(random)));
        var rows = random.Next(1, 12);
        for (var i = 0; i < rows; i++)
        {
            bytes.AddRange(QuirkyRow(random, badBytes));
            bytes.AddRange(Encoding.UTF8.GetBytes(i == rows - 1 && random.Next(4) == 0 ? "" : LineEnd(random)));
        }
        return bytes.ToArray();
    }

    private static string QuirkyHeader(Random random) => random.Next(40) switch
    {
        0 => "\"AppId\",\"Name\",\"EntityType\",\"Categories\",\"Scenario\"",
        1 => "AppID,小程序名称,主体类型,服务类目,直播场景",
        2 => "AppId,Name,EntityType,Category1,Category2,Scenario,Notes",
        3 => " AppId , Name ,EntityType,Categories,Scenario",
        4 => "AppId;Name;EntityType;Categories;Scenario",
        5 => "#TYPE System.Management.Automation.PSCustomObject\nAppId,Name,EntityType,Categories,Scenario",
        6 => "sep=,\nAppId,Name,EntityType,Categories,Scenario",
        7 => "AppId,Name,Name,Categories,Scenario",
        8 => "Name,EntityType,Categories",
        9 => "\nAppId,Name,EntityType,Categories,Scenario",
        10 => "AppId,Name,EntityType,Categories,Scenario,",
        11 => "app_id,name,entity type,categories,scenario",
        _ => Header,
    };

    private static IEnumerable<byte> QuirkyRow(Random random, bool badBytes)
    {
        switch (random.Next(60))
        {
            case 0: return Array.Empty<byte>();                              // an empty line
            case 1: return Encoding.UTF8.GetBytes("   ");                    // white space only
            case 2: return Encoding.UTF8.GetBytes(",,,,");                   // nothing in it
            case 3: return Encoding.UTF8.GetBytes("\t,\t");
            default: break;
        }
        var fields = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(AppId(random)),
            Value(random, Names, badBytes),
            Value(random, Entities, badBytes),
            Value(random, Categories, badBytes),
            Value(random, Scenarios, badBytes),
        };
        if (random.Next(10) == 0)
        {
            var keep = random.Next(1, fields.Count);
            fields.RemoveRange(keep, fields.Count - keep);
        }
        if (random.Next(10) == 0) fields.Add(Encoding.UTF8.GetBytes(random.Next(3) == 0 ? " " : "surplus"));
        if (random.Next(20) == 0) fields.Add(Array.Empty<byte>());
        var row = new List<byte>();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) row.Add((byte)',');
            row.AddRange(fields[i]);
        }
        return row;
    }

    private static string AppId(Random random) => random.Next(12) switch
    {
        0 => "",
        1 => "wx12",
        2 => " wx0123456789ABCDEF ",
        3 => "\"wx0123456789abcdef\"",
        _ => "wx" + random.Next(0x10000).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + "0123456789ab",
    };

    /// <summary>A value from the pool, now and then quoted, padded, broken or with bytes that are not UTF-8.</summary>
    private static byte[] Value(Random random, string[] pool, bool badBytes)
    {
        var text = Pick(random, pool);
        switch (random.Next(45))
        {
            case 0: return Encoding.UTF8.GetBytes("\"" + text + ", more\"");           // a comma inside quotes
            case 1: return Encoding.UTF8.GetBytes("\"" + text + " \"\"quoted\"\"\""); // doubled quotes
            case 2: return Encoding.UTF8.GetBytes("  " + text + "\t");                 // padding the reader trims
            case 3: return Encoding.UTF8.GetBytes("\u3000" + text);                     // padding it keeps
            case 4: return Encoding.UTF8.GetBytes("\"" + text + "\nsecond line\"");    // over two lines
            case 5: return Encoding.UTF8.GetBytes("\"" + text);                         // a quote never closed
            case 6: return Encoding.UTF8.GetBytes(text + "\"inch");                     // a quote inside
            case 7: return Encoding.UTF8.GetBytes("\"" + text + "\"tail");              // text after the closing quote
            case 8: return Encoding.UTF8.GetBytes(" \"" + text + "\" ");                // spaces around quotes
            case 9: return Encoding.UTF8.GetBytes(text + "\rx");                        // a lone CR
            case 10 when badBytes: return Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xFF }).ToArray();       // not UTF-8
            case 11 when badBytes: return Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xE4, 0xB8 }).ToArray(); // cut short
            case 12: return Encoding.UTF8.GetBytes(text + "\u0001");                    // a control character
            case 13: return Encoding.UTF8.GetBytes("\"\"");                             // quoted, empty
            case 14 when !badBytes: return Encoding.UTF8.GetBytes(text + "\uFDD0");     // the decoder's mark
            case 15: return Encoding.UTF8.GetBytes("\"" + text + "\"\r\n\"x\"");       // CRLF between quoted fields
            case 16: return Encoding.UTF8.GetBytes("=" + text);
            case 17: return Encoding.UTF8.GetBytes("\"" + text + "\r\nnext\"");        // CRLF inside quotes
            default: return Encoding.UTF8.GetBytes(text);
        }
    }

    private static string LineEnd(Random random) => random.Next(10) switch
    {
        0 => "\r\n",
        1 when random.Next(10) == 0 => "\r",
        _ => "\n",
    };

    private static string Pick(Random random, string[] pool) => pool[random.Next(pool.Length)];
}
