using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LiveAccess.Cli.Tests;

/// <summary>Inventories in each format and encoding real teams have, read from files and from standard input.</summary>
public sealed class InventoryInputTests : System.IDisposable
{
    private const string Csv =
        "AppId,Name,EntityType,Categories,Scenario\r\n" +
        "wx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,ecommerce\r\n" +
        "wx2b3c4d5e6f708192,在线课堂,企业,教育服务／在线视频课程,education\r\n" +
        "wx3c4d5e6f708192a3,个人小店,个人,电商平台/电商平台,ecommerce\r\n";

    private const string Json = """
        [
          { "AppId": "wx1a2b3c4d5e6f7081", "Name": "优选商城", "EntityType": "企业", "Categories": ["电商平台/电商平台"], "Scenario": "ecommerce" },
          { "AppId": "wx2b3c4d5e6f708192", "Name": "在线课堂", "EntityType": "企业", "Categories": "教育服务／在线视频课程", "Scenario": "education" },
          { "AppId": "wx3c4d5e6f708192a3", "Name": "个人小店", "EntityType": "个人", "Categories": "电商平台/电商平台", "Scenario": "ecommerce" }
        ]
        """;

    private const string Yaml = """
        - AppId: wx1a2b3c4d5e6f7081
          名称: 优选商城
          主体类型: 企业
          服务类目: [电商平台/电商平台]
          直播场景: ecommerce
        - AppId: wx2b3c4d5e6f708192
          名称: 在线课堂
          主体类型: 企业
          服务类目: 教育服务／在线视频课程
          直播场景: education
        - AppId: wx3c4d5e6f708192a3
          名称: 个人小店
          主体类型: 个人
          服务类目: 电商平台/电商平台
          直播场景: ecommerce
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    static InventoryInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The three programs, answered as the seeds say, names intact.</summary>
    private static void AssertTheThreePrograms(CliResult r)
    {
        Assert.True(r.ExitCode == 0, r.ToString());
        var d = JsonDecision.Parse(r.Stdout);
        Assert.Equal(3, d.Count);
        Assert.Equal(new[] { "优选商城", "在线课堂", "个人小店" }, d.Select(x => x.Name));
        Assert.Equal(new[] { "eligible", "eligible", "ineligible" }, d.Select(x => x.Outcome));
        Assert.Equal(JsonDecision.Sorted("tencent-live-plugin", "zego-live-plugin"), d[0].Plans);
        Assert.Equal(JsonDecision.Sorted("tencent-enterprise-live", "tencent-live-plugin", "tencent-standard-live", "zego-live-components"), d[1].Plans);
        Assert.Empty(d[2].Plans);
        Assert.Equal("individual", d[2].EntityType);
        Assert.Equal(new Totals(3, 3, 0, 3), Totals.Of(r));
    }

    public static IEnumerable<object[]> Encodings() => new[]
    {
        new object[] { "utf-8", new UTF8Encoding(false) },
        new object[] { "utf-8-bom", new UTF8Encoding(true) },
        new object[] { "utf-16le-bom", new UnicodeEncoding(false, true) },
        new object[] { "utf-16be-bom", new UnicodeEncoding(true, true) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void CSV_in_each_Unicode_encoding(string name, Encoding encoding)
    {
        var path = _dir.Write(name + ".csv", Csv, encoding);
        AssertTheThreePrograms(Cli.Run("plan", "--input", path, "--format", "json"));
    }

    [Fact]
    public void CSV_in_GB18030_as_Excel_on_Chinese_Windows_saves_it_is_detected()
    {
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(Csv);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var path = _dir.WriteBytes("excel.csv", bytes);
        AssertTheThreePrograms(Cli.Run("plan", "--input", path, "--format", "json"));
    }

    [Fact]
    public void The_encoding_can_be_forced()
    {
        var path = _dir.WriteBytes("forced.csv", Encoding.GetEncoding("gb18030").GetBytes(Csv));
        AssertTheThreePrograms(Cli.Run("plan", "--input", path, "--encoding", "gb18030", "--format", "json"));
    }

    [Fact]
    public void JSON_inventory()
    {
        var path = _dir.Write("apps.json", Json);
        AssertTheThreePrograms(Cli.Run("plan", "--input", path, "--format", "json"));
    }

    [Fact]
    public void YAML_inventory_with_Chinese_keys()
    {
        var path = _dir.Write("apps.yml", Yaml);
        AssertTheThreePrograms(Cli.Run("plan", "--input", path, "--format", "json"));
    }

    [Fact]
    public void CSV_from_standard_input()
    {
        AssertTheThreePrograms(Cli.Run(new[] { "plan", "--input", "-", "--format", "json" }, Encoding.UTF8.GetBytes(Csv)));
    }

    [Fact]
    public void JSON_from_standard_input()
    {
        AssertTheThreePrograms(Cli.Run(new[] { "plan", "--input", "-", "--input-format", "json", "--format", "json" }, Encoding.UTF8.GetBytes(Json)));
    }

    [Fact]
    public void Rows_from_standard_input_are_located_as_dash()
    {
        var r = Cli.Run(new[] { "plan", "--input", "-", "--format", "json" }, Encoding.UTF8.GetBytes(Csv));
        var first = JsonDecision.Parse(r.Stdout)[0].Raw.GetProperty("source");
        Assert.Equal("-", first.GetProperty("file").GetString());
        Assert.Equal(2, first.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Decisions_point_at_their_file_and_line()
    {
        var path = _dir.Write("apps.csv", Csv);
        var d = JsonDecision.Parse(Cli.Run("plan", "--input", path, "--format", "json").Stdout);
        Assert.Equal(new[] { 2, 3, 4 }, d.Select(x => x.Raw.GetProperty("source").GetProperty("line").GetInt32()));
    }

    [Fact]
    public void A_header_only_inventory_gives_an_empty_array_and_exit_0()
    {
        var path = _dir.Write("empty.csv", "AppId,Name,EntityType,Categories,Scenario\n");
        var r = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("[]", r.Stdout.Trim());
        Assert.Equal(new Totals(0, 0, 0, 0), Totals.Of(r));
    }

    [Fact]
    public void A_missing_file_is_an_input_error_with_the_totals_line()
    {
        var path = _dir.File("missing.csv");
        var r = Cli.Run("plan", "--input", path);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(path + ": ", r.ErrorLines[0]);
        Assert.Equal(new Totals(0, 0, 0, 0), Totals.Of(r));
    }

    [Fact]
    public void CSV_output_has_one_row_per_decision()
    {
        var path = _dir.Write("apps.csv", Csv);
        var r = Cli.Run("plan", "--input", path, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("AppId,Name,EntityType,Scenario,Outcome,Eligible,Plans,Reasons,Remediations,Warnings,RuleSetVersion", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("wx1a2b3c4d5e6f7081,优选商城,enterprise,ecommerce,eligible,true,tencent-live-plugin;zego-live-plugin,", lines[1]);
        Assert.StartsWith("wx3c4d5e6f708192a3,个人小店,individual,ecommerce,ineligible,false,,", lines[3]);
        Assert.NotEqual(0xEF, r.StdoutBytes[0]);
    }

    [Fact]
    public void A_name_that_would_run_as_a_spreadsheet_formula_is_neutralised_in_CSV()
    {
        var path = _dir.Write("evil.csv", "AppId,Name,EntityType,Categories,Scenario\nwx1a2b3c4d5e6f7081,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",企业,电商平台/电商平台,ecommerce\n");
        var r = Cli.Run("plan", "--input", path, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("wx1a2b3c4d5e6f7081,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",enterprise,", r.Stdout);
    }
}
