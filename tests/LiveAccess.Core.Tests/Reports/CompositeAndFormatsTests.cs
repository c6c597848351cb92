using System.Linq;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class CompositeAndFormatsTests
{
    [Fact]
    public void One_run_feeds_every_writer_the_same_decisions()
    {
        JUnitDecisionWriter? junit = null;
        SarifDecisionWriter? sarif = null;
        var outputs = new System.Collections.Generic.List<System.IO.StringWriter>();
        var (_, decisions, _, _) = ReportRun.Render(c =>
        {
            var a = new System.IO.StringWriter();
            var b = new System.IO.StringWriter();
            outputs.Add(a);
            outputs.Add(b);
            junit = new JUnitDecisionWriter(c with { Output = a });
            sarif = new SarifDecisionWriter(c with { Output = b });
            return new CompositeDecisionWriter(new IDecisionWriter[] { junit, sarif });
        });
        Assert.Equal(decisions.Count, System.Xml.Linq.XDocument.Parse(outputs[0].ToString()).Descendants("testcase").Count() - 1);
        using var doc = System.Text.Json.JsonDocument.Parse(outputs[1].ToString());
        Assert.True(doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("yaml", typeof(YamlDecisionWriter))]
    [InlineData("markdown", typeof(MarkdownDecisionWriter))]
    [InlineData("junit", typeof(JUnitDecisionWriter))]
    [InlineData("nunit", typeof(NUnitDecisionWriter))]
    [InlineData("sarif", typeof(SarifDecisionWriter))]
    public void Report_formats_are_registered(string name, System.Type type)
    {
        using var writer = ReportFormats.Find(name)!.Create(ReportRun.Context(new System.IO.StringWriter()));
        Assert.IsType(type, writer);
    }

    [Theory]
    [InlineData("out/r.yml", "yaml")]
    [InlineData("r.md", "markdown")]
    [InlineData("r.sarif", "sarif")]
    public void Extensions_imply_the_new_formats(string path, string format) => Assert.Equal(format, ReportFormats.FromPath(path)!.Name);

    [Fact]
    public void Xml_needs_a_format_name() => Assert.Null(ReportFormats.FromPath("results.xml"));
}
