using System.IO;
using System.Linq;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class CsvDecisionWriterTests
{
    private static string Write(params LiveAccess.Core.Domain.Decision[] decisions)
    {
        var output = new StringWriter();
        using var writer = new CsvDecisionWriter(ReportTestData.Context(output));
        foreach (var d in decisions) writer.WriteDecision(d);
        writer.Complete(ReportTestData.Totals(decisions));
        return output.ToString();
    }

    [Fact]
    public void Header_and_one_row_per_decision()
    {
        var decision = ReportTestData.Decide("wx0123456789abcdef", "Shop", "enterprise", "ecommerce", "电商平台/电商平台").Single();
        var lines = Write(decision).Split("\r\n");
        Assert.Equal("AppId,Name,EntityType,Scenario,Outcome,Eligible,Plans,Reasons,Remediations,Warnings,RuleSetVersion", lines[0]);
        Assert.StartsWith("wx0123456789abcdef,Shop,enterprise,ecommerce,eligible,true,tencent-live-plugin;zego-live-plugin,", lines[1]);
        Assert.EndsWith("," + decision.RuleSetVersion, lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void An_empty_run_still_writes_the_header()
    {
        Assert.Equal(string.Join(",", CsvDecisionWriter.Columns) + "\r\n", Write());
    }

    [Fact]
    public void A_name_that_looks_like_a_formula_is_neutralised()
    {
        var decision = ReportTestData.Decide("wx0123456789abcdef", "=HYPERLINK(\"http://evil\",\"x\")", "enterprise", "ecommerce", "电商平台/电商平台").Single();
        var row = Write(decision).Split("\r\n")[1];
        Assert.StartsWith("wx0123456789abcdef,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",enterprise,", row);
    }

    [Fact]
    public void Messages_are_joined_with_a_bar_and_ineligible_rows_say_false()
    {
        var decision = ReportTestData.Decide("wx0123456789abcdef", null, "individual", "education").Single();
        var row = Write(decision).Split("\r\n")[1];
        Assert.Contains(",individual,education,ineligible,false,,", row);
        Assert.Contains(CsvDecisionWriter.MessageSeparator, row);
        Assert.Equal(2, decision.Remediations.Count);
    }
}
