using System;
using System.IO;
using System.Linq;
using System.Text;

namespace LiveAccess.Cli.Tests;

/// <summary>
/// End to end, a CSV report of a CSV inventory file (answered by the core's CSV report shortcut,
/// read ahead) is byte for byte the report of the same bytes read from standard input (the usual
/// way, row by row), with the same exit code, totals and gate verdict, on stdout and in a file.
/// </summary>
public sealed class CsvShortcutEndToEndTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Inventory(int rows, int seed)
    {
        var random = new Random(seed);
        string[] entities = { "enterprise", "企业", "government", "media", "individual", "其他组织", "enterprize" };
        string[] categories = { "社交/直播", "电商平台/电商平台", "\"社交/直播,电商平台/电商平台\"", "教育服务/在线视频课程", "直播", "游戏/休闲游戏", "医疗/互联网医院;电商平台/电商平台", "" };
        string[] scenarios = { "ecommerce", "education", "场景2", "", "medical-sales", "government" };
        string[] names = { "", "优选商城", "=cmd()", "\"Acme, Inc\"", "全角（店）", "Shop 2" };
        var sb = new StringBuilder("AppId,Name,EntityType,Categories,Scenario\n");
        for (var i = 0; i < rows; i++)
        {
            var appId = random.Next(40) == 0 ? "wxBAD" : "wx" + (random.Next(30) == 0 ? i - 1 : i).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(appId).Append(',').Append(names[random.Next(names.Length)]).Append(',').Append(entities[random.Next(entities.Length)]).Append(',')
              .Append(categories[random.Next(categories.Length)]).Append(',').Append(scenarios[random.Next(scenarios.Length)]).Append('\n');
        }
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    [Theory]
    [InlineData("plan", "en")]
    [InlineData("check", "zh-CN")]
    public void A_file_and_the_same_bytes_on_standard_input_give_the_same_CSV_report(string command, string language)
    {
        var bytes = Inventory(3000, command.Length);
        var file = _dir.WriteBytes("apps.csv", bytes);
        string[] gate = command == "check" ? new[] { "--fail-on", "conditional" } : Array.Empty<string>();
        var fromFile = Cli.Run(new[] { command, "--input", file, "--format", "csv", "--lang", language }.Concat(gate));
        var fromStdin = Cli.Run(new[] { command, "--input", "-", "--format", "csv", "--lang", language }.Concat(gate), stdin: bytes);

        Assert.Equal(2, fromFile.ExitCode); // refused rows
        Assert.Equal(fromStdin.ExitCode, fromFile.ExitCode);
        Assert.True(fromStdin.StdoutBytes.SequenceEqual(fromFile.StdoutBytes), "the reports differ");
        Assert.Equal(fromStdin.LastErrorLine, fromFile.LastErrorLine);
        if (command == "check") Assert.Equal(fromStdin.ErrorLines[^2], fromFile.ErrorLines[^2]); // the gate's verdict
        Assert.Equal(fromStdin.ErrorLines.Length, fromFile.ErrorLines.Length);
        Assert.True(fromFile.StdoutBytes.Length > 3000 * 100, "the report should hold a record per decision");
    }

    [Fact]
    public void The_report_file_holds_the_same_records_after_its_byte_order_mark()
    {
        var bytes = Inventory(2000, 11);
        var file = _dir.WriteBytes("apps.csv", bytes);
        var output = _dir.File("report.csv");
        var toFile = Cli.Run("plan", "--input", file, "--format", "csv", "--output", output);
        var fromStdin = Cli.Run(new[] { "plan", "--input", "-", "--format", "csv" }, stdin: bytes);

        Assert.Equal(2, toFile.ExitCode);
        var written = File.ReadAllBytes(output);
        Assert.True(written.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "a CSV file starts with a BOM for Excel");
        Assert.True(written.Skip(3).SequenceEqual(fromStdin.StdoutBytes), "the file's records differ from the report on standard output");
    }
}
