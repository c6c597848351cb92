using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class SummaryDecisionWriterTests
{
    [Fact]
    public void Verdict_counts_and_the_programs_that_are_not_eligible()
    {
        var (text, decisions, _, _) = ReportRun.Render(c => new SummaryDecisionWriter(c));
        Assert.StartsWith("## ❌ LiveAccess gate failed: 12 decisions are ineligible\n", text);
        Assert.Contains("| 7 | 6 | 3 | 12 | 1 |", text);
        var notEligible = decisions.Where(d => d.Outcome != Outcome.Eligible).ToList();
        Assert.Contains("### Not eligible (" + notEligible.Count + ")", text);
        foreach (var d in notEligible) Assert.Contains("| " + d.AppId + " | ", text);
        Assert.DoesNotContain("| wx0000000000000001 |", text);
        Assert.Contains("| wx0000000000000006 | No categories | auto-presale | ❌ ineligible | FAIL | 7 | Add 汽车/汽车预售服务", text);
        Assert.Contains("### Refused rows (1)", text);
    }

    [Fact]
    public void Tables_are_capped_and_say_how_many_more()
    {
        var (text, decisions, _, _) = ReportRun.Render(c => new SummaryDecisionWriter(c, maxRows: 2));
        var notEligible = decisions.Count(d => d.Outcome != Outcome.Eligible);
        Assert.Equal(2, text.Split('\n').Count(l => l.StartsWith("| wx")));
        Assert.Contains("| 6 | wxBAD | bad-app-id |", text);
        Assert.Contains("… and " + (notEligible - 2) + " more: see the report files", text);
    }

    [Fact]
    public void Headline_for_warnings_only_and_for_a_clean_run()
    {
        var warn = ReportRun.Render(c => new SummaryDecisionWriter(c), ReportRun.Mixed().Skip(2).Take(2)).Text;
        Assert.StartsWith("## ⚠️ LiveAccess gate passed with 2 warnings", warn);
        var clean = ReportRun.Render(c => new SummaryDecisionWriter(c), ReportRun.Mixed().Take(1)).Text;
        Assert.StartsWith("## ✅ LiveAccess gate passed: every program is eligible", clean);
        Assert.DoesNotContain("### ", clean);
    }
}
