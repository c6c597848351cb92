using System.IO;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

public sealed class TableDecisionWriterTests
{
    private static string[] Write(Language language, int width, params Decision[] decisions)
    {
        var output = new StringWriter();
        using var writer = new TableDecisionWriter(ReportTestData.Context(output, language, width));
        foreach (var d in decisions) writer.WriteDecision(d);
        writer.Complete(ReportTestData.Totals(decisions));
        return output.ToString().Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
    }

    [Fact]
    public void Decisions_are_grouped_under_one_header_per_program()
    {
        var a = ReportTestData.Decide("wx0000000000000001", "Shop", "enterprise", "ecommerce", "电商平台/电商平台");
        var b = ReportTestData.Decide("wx0000000000000002", null, "individual", "education");
        var lines = Write(Language.English, 100, a.Concat(b).ToArray());
        Assert.Equal("wx0000000000000001  Shop  enterprise  apps.csv:2", lines[0]);
        Assert.Single(lines, l => l.StartsWith("wx0000000000000002", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  + eligible", System.StringComparison.Ordinal) && l.Contains("ecommerce") && l.Contains("tencent-live-plugin, zego-live-plugin"));
        Assert.Contains(lines, l => l.StartsWith("  x ineligible", System.StringComparison.Ordinal) && l.Contains("education"));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("why: The mini program is registered to an individual", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("fix: Register the mini program", System.StringComparison.Ordinal));
        Assert.StartsWith("Decisions: 2 (eligible 1, conditional 0, ineligible 1)", lines[^1]);
    }

    [Fact]
    public void Conditional_decisions_show_the_condition()
    {
        var d = ReportTestData.Decide("wx0000000000000001", null, "enterprise", "medical-sales", "电商平台/电商平台");
        var lines = Write(Language.English, 100, d);
        Assert.Contains(lines, l => l.StartsWith("  ? conditional", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("why: Add a medical category"));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(120)]
    public void No_line_is_wider_than_the_table_in_either_language(int width)
    {
        foreach (var language in new[] { Language.English, Language.Chinese })
        {
            var decisions = ReportTestData.Decide(language, "wx0000000000000001", "一个名字很长的小程序用来测试截断和宽度计算是否正确的名称", "个体工商户", null, "社交/直播", "教育/在线视频课程", "宠物/猫");
            foreach (var line in Write(language, width, decisions))
                Assert.True(TextWidth.Of(line) <= width, $"{language} {width}: {TextWidth.Of(line)} > {width}: {line}");
        }
    }

    [Fact]
    public void Chinese_labels_in_Chinese()
    {
        var d = ReportTestData.Decide(Language.Chinese, "wx0000000000000001", null, "个人", "education");
        var lines = Write(Language.Chinese, 100, d);
        Assert.Equal("wx0000000000000001  individual (个人)  apps.csv:2", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("  x 不可接入", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("原因：", System.StringComparison.Ordinal));
        Assert.StartsWith("共 1 项判定", lines[^1]);
    }

    [Fact]
    public void Unknown_categories_are_shown_under_the_program()
    {
        var d = ReportTestData.Decide("wx0000000000000001", null, "enterprise", "ecommerce", "宠物/猫");
        var lines = Write(Language.English, 100, d);
        Assert.Contains(lines, l => l.StartsWith("  ! Unknown category '宠物/猫'", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "  categories: (none)");
    }
}
