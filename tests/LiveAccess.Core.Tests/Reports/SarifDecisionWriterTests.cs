using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class SarifDecisionWriterTests
{
    private static (JsonElement Run, List<Decision> Decisions) Render(FailOn failOn = FailOn.Ineligible,
        IEnumerable<InventoryRecord>? records = null, string? inventory = ReportRun.Inventory)
    {
        var (text, decisions, _, _) = ReportRun.Render(c => new SarifDecisionWriter(c), records, failOn, inventory: inventory);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(SarifDecisionWriter.SchemaUri, doc.RootElement.GetProperty("$schema").GetString());
        return (doc.RootElement.GetProperty("runs").EnumerateArray().Single().Clone(), decisions);
    }

    private static string? Prop(JsonElement result, string name) => result.GetProperty("properties").TryGetProperty(name, out var v) ? v.GetString() : null;

    [Fact]
    public void Only_the_problems_are_results_with_the_right_levels()
    {
        var (run, decisions) = Render();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var expected = decisions.Where(d => d.Outcome != Outcome.Eligible).Select(d => (d.AppId, d.Scenario)).ToHashSet();
        var decisionResults = results.Where(r => Prop(r, "scenario") is not null).ToList();
        Assert.Equal(expected, decisionResults.Select(r => (Prop(r, "appId")!, Prop(r, "scenario")!)).ToHashSet());
        Assert.All(decisionResults, r => Assert.Equal(Prop(r, "outcome") == "ineligible" ? "error" : "warning", r.GetProperty("level").GetString()));
        var refused = Assert.Single(results, r => Prop(r, "refused") == "row");
        Assert.Equal("bad-app-id", refused.GetProperty("ruleId").GetString());
        Assert.Equal("error", refused.GetProperty("level").GetString());
        Assert.DoesNotContain(results, r => Prop(r, "appId") == "wx0000000000000001");
    }

    [Fact]
    public void Rules_are_the_reason_codes_with_descriptions_and_help()
    {
        var (run, _) = Render();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("LiveAccess", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(new[] { "individual-entity", "medical-category-required", "stale-category", "bad-app-id", "no-route" }.OrderBy(x => x), ids.OrderBy(x => x));
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
        }
        var medical = rules.Single(r => r.GetProperty("id").GetString() == "medical-category-required");
        Assert.Equal("Selling medical devices or OTC drugs needs a medical category.", medical.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("warning", medical.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("https://juejin.cn/post/7105764976211525669",
            rules.Single(r => r.GetProperty("id").GetString() == "stale-category").GetProperty("helpUri").GetString());
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Results_point_at_the_inventory_line_and_say_what_to_do()
    {
        var (run, _) = Render();
        var solo = run.GetProperty("results").EnumerateArray().Single(r => Prop(r, "appId") == "wx0000000000000002");
        var physical = solo.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("examples/inventory.csv", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("wx0000000000000002/ecommerce", solo.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        var text = solo.GetProperty("message").GetProperty("text").GetString()!;
        Assert.StartsWith("wx0000000000000002 (Solo), ecommerce: ineligible. The mini program is registered to an individual", text);
        Assert.Contains("Fix: Register the mini program under a non-individual entity", text);
        Assert.Equal("examples/inventory.csv", run.GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString());
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs_and_row_moves_and_distinct_per_problem()
    {
        static Dictionary<string, string> Prints(JsonElement run) => run.GetProperty("results").EnumerateArray()
            .Where(r => Prop(r, "scenario") is not null)
            .ToDictionary(r => Prop(r, "appId") + "/" + Prop(r, "scenario") + "/" + r.GetProperty("ruleId").GetString(),
                r => r.GetProperty("partialFingerprints").GetProperty(SarifFingerprint.Key).GetString()!);
        var first = Prints(Render().Run);
        var again = Prints(Render().Run);
        var moved = Prints(Render(records: ReportRun.Mixed().Reverse().Select((r, i) => r.Row is null ? r
            : InventoryRecord.Ok(r.Row with { Source = new SourceLocation("examples/inventory.csv", 100 + i) }))).Run);
        Assert.Equal(first, again);
        Assert.Equal(first, moved);
        Assert.Equal(first.Count, first.Values.Distinct().Count());
        Assert.All(first.Values, v => Assert.Matches("^[0-9a-f]{64}$", v));
    }

    [Fact]
    public void A_rule_file_condition_gets_its_texts_from_the_decision()
    {
        var records = new[] { ReportRun.Row("custom.csv", 2, "wx0000000000000031", "Custom", "enterprise", "evil-scenario", "evil/thing") };
        var (text, _, _, _) = ReportRun.Render(c => new SarifDecisionWriter(c), records, rules: Matrix.HostileRules.Load());
        using var doc = JsonDocument.Parse(text);
        var rule = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single();
        Assert.Equal("evil-condition", rule.GetProperty("id").GetString());
        Assert.Equal("EvilCondition", rule.GetProperty("name").GetString());
        Assert.Equal("Only if <script>document.title='pwned'</script> & more", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.StartsWith(ProductInfo.ReportsDocUri, rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Fail_on_conditional_makes_conditional_results_errors()
    {
        var (run, _) = Render(FailOn.Conditional);
        Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.Equal("error", r.GetProperty("level").GetString()));
        Assert.Equal("conditional", run.GetProperty("properties").GetProperty("failOn").GetString());
    }

    [Fact]
    public void Paths_become_relative_uri_references_and_stdin_has_no_file()
    {
        var path = Path.Combine(Directory.GetCurrentDirectory(), "清单 dir", "my inventory.csv");
        var (run, _) = Render(inventory: path);
        var uri = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("%E6%B8%85%E5%8D%95%20dir/my%20inventory.csv", uri);

        var (stdin, _) = Render(inventory: "-");
        var location = stdin.GetProperty("results")[0].GetProperty("locations")[0];
        Assert.False(location.TryGetProperty("physicalLocation", out _));
        Assert.True(location.TryGetProperty("logicalLocations", out _));
    }

    [Fact]
    public void An_all_eligible_run_has_no_results_and_no_rules()
    {
        var (run, _) = Render(records: ReportRun.Mixed().Take(1));
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(0, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }
}
