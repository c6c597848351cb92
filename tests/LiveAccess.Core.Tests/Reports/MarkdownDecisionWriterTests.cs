using System.Linq;
using System.Text.RegularExpressions;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

public sealed class MarkdownDecisionWriterTests
{
    /// <summary>Cells of a table row: split on pipes that are not escaped.</summary>
    private static string[] Cells(string row) => Regex.Split(row.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();

    [Fact]
    public void A_table_row_per_decision_with_seven_cells_even_for_hostile_names()
    {
        var (text, decisions, _, _) = ReportRun.Render(c => new MarkdownDecisionWriter(c));
        var lines = text.Split('\n');
        var rows = lines.SkipWhile(l => !l.StartsWith("| AppId")).Skip(2).TakeWhile(l => l.StartsWith("| ")).ToList();
        Assert.Equal(decisions.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(7, Cells(r).Length));
        var evil = rows.Single(r => r.StartsWith("| wx0000000000000007"));
        Assert.Equal(MarkdownText.Inline(ReportRun.HostileName), Cells(evil)[1]);
        Assert.Equal("❌ ineligible", Cells(evil)[3]);
        Assert.Equal("FAIL", Cells(evil)[5]);
        Assert.Equal("8", Cells(evil)[6]);
        Assert.Equal("pass (warning)", Cells(rows.Single(r => r.StartsWith("| wx0000000000000003")))[5]);
    }

    [Fact]
    public void Details_per_program_refused_rows_and_totals_follow_the_table()
    {
        var (text, _, _, totals) = ReportRun.Render(c => new MarkdownDecisionWriter(c));
        Assert.Equal(7, Regex.Count(text, "^### wx", RegexOptions.Multiline));
        Assert.Contains("### wx0000000000000002 (Solo) · examples/inventory.csv:3", text);
        Assert.Contains("#### ecommerce — E-commerce selling and live shopping guides: ❌ ineligible", text);
        Assert.Contains("- **What to do**\n  - Register the mini program under a non-individual entity", text);
        Assert.Contains("| 6 | wxBAD | bad-app-id |", text);
        Assert.True(text.IndexOf("## Refused rows") < text.IndexOf("## Details"));
        Assert.EndsWith("8 rows read: 7 answered, 1 refused. 21 decisions: 6 eligible, 3 conditional, 12 ineligible.\n", text);
        Assert.Equal(21, totals.Decisions);
    }

    [Fact]
    public void Chinese_labels()
    {
        var (text, _, _, _) = ReportRun.Render(c => new MarkdownDecisionWriter(c), language: Language.Chinese);
        Assert.StartsWith("# LiveAccess 直播资格报告", text);
        Assert.Contains("| AppID | 名称 | 直播场景 | 结论 | 方案 | 门禁 | 行 |", text);
        Assert.Contains("❌ 不可直播", text);
    }
}
