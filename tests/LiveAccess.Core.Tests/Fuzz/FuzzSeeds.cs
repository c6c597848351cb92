using System.Text;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>Valid inventories the mutations start from: every field, Chinese and English, quoting, several rows.</summary>
internal static class FuzzSeeds
{
    public const string Csv =
        "AppId,Name,EntityType,Categories,Scenario\r\n" +
        "wx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,ecommerce\r\n" +
        "wx2b3c4d5e6f708192,\"在线课堂, \"\"旗舰\"\"\",enterprise,\"教育服务／在线视频课程；社交/直播\",education\r\n" +
        "wx3c4d5e6f708192a3,\"两行\r\n名称\",个人,社交 > 直播,场景6\r\n" +
        "wx4d5e6f708192a3b4,市政府,政府,,government\r\n" +
        "wx5e6f708192a3b4c5,医院,企业,医疗/互联网医院|医疗服务/公立医疗机构,\r\n";

    public const string Json = """
        [
          { "AppId": "wx1a2b3c4d5e6f7081", "Name": "优选商城", "EntityType": "企业", "Categories": ["电商平台/电商平台"], "Scenario": "ecommerce" },
          { "AppId": "wx2b3c4d5e6f708192", "Name": "在线课堂 \"旗舰\"", "EntityType": "enterprise", "Categories": "教育服务／在线视频课程；社交/直播", "Scenario": "education" },
          { "AppId": "wx3c4d5e6f708192a3", "Name": "两行\n名称", "EntityType": "个人", "Categories": ["社交 > 直播"], "Scenario": "场景6" },
          { "AppId": "wx4d5e6f708192a3b4", "Name": "市政府", "EntityType": "政府", "Categories": [], "Scenario": "government" },
          { "AppId": "wx5e6f708192a3b4c5", "Name": null, "EntityType": "企业", "Categories": ["医疗/互联网医院", "医疗服务/公立医疗机构"] }
        ]
        """;

    public const string Yaml = """
        programs:
          - AppId: wx1a2b3c4d5e6f7081
            名称: 优选商城
            主体类型: 企业
            服务类目: [电商平台/电商平台]
            直播场景: ecommerce
          - AppId: "wx2b3c4d5e6f708192"
            Name: '在线课堂 "旗舰"'
            EntityType: enterprise
            Categories: 教育服务／在线视频课程；社交/直播
            Scenario: education
          - AppId: wx3c4d5e6f708192a3
            Name: |
              两行
              名称
            EntityType: 个人
            Categories:
              - 社交 > 直播
            Scenario: 场景6
          - { AppId: wx4d5e6f708192a3b4, Name: 市政府, EntityType: 政府, Scenario: government }
          - AppId: wx5e6f708192a3b4c5
            EntityType: 企业
            Categories: [医疗/互联网医院, 医疗服务/公立医疗机构]
        """;

    public static byte[] Bytes(string text) => new UTF8Encoding(false).GetBytes(text);
}
