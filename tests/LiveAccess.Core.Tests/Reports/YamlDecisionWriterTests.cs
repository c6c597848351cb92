using System.IO;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;
using YamlDotNet.RepresentationModel;

namespace LiveAccess.Core.Tests.Reports;

public sealed class YamlDecisionWriterTests
{
    private static YamlMappingNode Parse(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static string S(YamlNode map, string key) => ((YamlScalarNode)((YamlMappingNode)map)[key]).Value!;

    [Fact]
    public void Every_decision_with_the_contract_fields_then_errors_and_totals()
    {
        var (text, decisions, _, totals) = ReportRun.Render(c => new YamlDecisionWriter(c));
        var root = Parse(text);
        var items = ((YamlSequenceNode)root["decisions"]).Children;
        Assert.Equal(decisions.Count, items.Count);
        var first = (YamlMappingNode)items[0];
        Assert.Equal(new[] { "appId", "name", "entityType", "scenario", "scenarioName", "outcome", "eligible", "plans", "reasons", "remediations",
            "warnings", "provenance", "ruleSetVersion", "source" }, first.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("wx0000000000000001", S(first, "appId"));
        Assert.Equal("true", S(first, "eligible"));
        Assert.Equal("tencent-live-plugin", S(((YamlSequenceNode)first["plans"]).Children[0], "id"));
        Assert.Equal("2", S(first["source"], "line"));
        var error = ((YamlSequenceNode)root["errors"]).Children.Single();
        Assert.Equal("bad-app-id", S(error, "code"));
        Assert.Equal(totals.Ineligible.ToString(), S(root["totals"], "ineligible"));
        Assert.Equal("2026.11.21", S(root, "ruleSetVersion"));
    }

    [Fact]
    public void Names_read_back_as_written()
    {
        var records = new[]
        {
            ReportRun.Row("a.csv", 2, "wx0000000000000011", "true", "enterprise", "ecommerce"),
            ReportRun.Row("a.csv", 3, "wx0000000000000012", "0123", "enterprise", "ecommerce"),
            ReportRun.Row("a.csv", 4, "wx0000000000000013", ReportRun.HostileName, "enterprise", "ecommerce"),
            ReportRun.Row("a.csv", 5, "wx0000000000000014", "- item: #x", "enterprise", "ecommerce"),
        };
        var (text, _, _, _) = ReportRun.Render(c => new YamlDecisionWriter(c), records);
        Assert.Contains("name: \"true\"", text);
        Assert.Contains("name: \"0123\"", text);
        var names = ((YamlSequenceNode)Parse(text)["decisions"]).Children.Select(d => S(d, "name")).ToList();
        Assert.Equal(new[] { "true", "0123", ReportRun.HostileName, "- item: #x" }, names);
    }

    [Fact]
    public void A_null_name_is_null()
    {
        var (text, _, _, _) = ReportRun.Render(c => new YamlDecisionWriter(c), new[] { ReportRun.Row("a.csv", 2, "wx0000000000000011", null, "enterprise", "ecommerce") });
        Assert.Contains("    name: null\n", text);
    }
}
