using System.IO;
using System.Linq;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>docs/reports.md keeps up with the code: every SARIF rule the catalogue describes has its section (the rules' help link anchors).</summary>
public sealed class ReportDocsTests
{
    private static string Docs()
    {
        for (var dir = new DirectoryInfo(System.AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LiveAccess.sln"))) return File.ReadAllText(Path.Combine(dir.FullName, "docs", "reports.md"));
        throw new DirectoryNotFoundException("LiveAccess.sln not found");
    }

    [Fact]
    public void Every_described_sarif_rule_has_a_section()
    {
        var docs = Docs();
        var codes = Messages.All.Keys.Where(k => k.StartsWith("sarif.rule.") && k.EndsWith(".short")).Select(k => k["sarif.rule.".Length..^".short".Length]).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Contains("\n### `" + c + "`\n", docs));
    }

    [Fact]
    public void Every_report_format_and_annotation_option_is_documented()
    {
        var docs = Docs();
        Assert.All(Core.Reports.ReportFormats.Names, f => Assert.Contains("| `" + f + "` |", docs));
        Assert.All(Core.Matrix.MatrixFormats.Names, f => Assert.Contains("`" + f + "`", docs));
        Assert.Contains("--annotations", docs);
        Assert.Contains("| 2 | usage or input error", docs);
    }
}
