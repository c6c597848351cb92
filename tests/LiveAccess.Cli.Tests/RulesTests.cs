using LiveAccess.Core.Rules;

namespace LiveAccess.Cli.Tests;

/// <summary><c>rules validate</c> and <c>--rules</c>.</summary>
public sealed class RulesTests : System.IDisposable
{
    private const string Extension = """
        schema: 1
        mode: extend
        version: "ops-1"
        routes:
          - id: ecommerce.live-performance.native
            scenario: ecommerce
            when: { anyCategory: [social/live-performance] }
            plans: [tencent-standard-live]
            source: { ref: wechat-native-2026-07, section: 社交/直播表演 }
        """;

    internal const string Broken = """
        schema: 1
        mode: extend
        version: "ops-2"
        routes:
          - id: ecommerce.contradiction
            scenario: ecommerce
            when: { always: true, entity: [government] }
            plans: [tencent-standard-live]
            source: { ref: tencent-plans, section: 场景2 }
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Rules_default_prints_a_file_that_validates_as_the_default()
    {
        var printed = Cli.Run("rules", "default");
        Assert.Equal(0, printed.ExitCode);
        Assert.Equal(RuleSetLoader.DefaultText(), printed.Stdout);
        var path = _dir.Write("mine.yaml", printed.Stdout);
        var r = Cli.Run("rules", "validate", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(RuleSetLoader.Default.Version, r.Stdout);
    }

    [Fact]
    public void The_default_rules_validate()
    {
        var path = _dir.Write("default.yaml", RuleSetLoader.DefaultText());
        var r = Cli.Run("rules", "validate", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^OK: .*default\.yaml \(version [^)]+\): 5 plans, 15 scenarios, \d+ routes, \d+ categories, \d+ sources\.", r.Stdout);
    }

    [Fact]
    public void A_valid_extension_validates_as_json()
    {
        var path = _dir.Write("ops.yaml", Extension);
        var r = Cli.Run("rules", "validate", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void A_broken_file_lists_its_errors_with_file_line_and_column()
    {
        var path = _dir.Write("broken.yaml", Broken);
        var r = Cli.Run("rules", "validate", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(path) + @":7:\d+: Route 'ecommerce.contradiction' contradicts itself", r.ErrorLines[0]);
        Assert.StartsWith("liveaccess: " + path + " is not a valid rule file: 1 problem(s)", r.LastErrorLine);

        var json = Cli.Run("rules", "validate", path, "--format", "json");
        Assert.Equal(2, json.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(7, doc.RootElement.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Malformed_YAML_is_refused()
    {
        var path = _dir.Write("bad.yaml", "routes: [\n  - id: x\n");
        var r = Cli.Run("rules", "validate", path);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(path + ":", r.ErrorLines[0]);
    }

    [Fact]
    public void A_missing_rule_file_is_refused()
    {
        var r = Cli.Run("rules", "validate", _dir.File("none.yaml"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("does not exist", r.Stderr);
    }

    [Fact]
    public void Plan_with_a_refused_rule_file_decides_nothing_and_exits_2()
    {
        var path = _dir.Write("broken.yaml", Broken);
        var r = Cli.Run("plan", "--rules", path, "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.StartsWith(path + ":7:", r.ErrorLines[0]);
        Assert.Contains("was refused", r.LastErrorLine);
    }

    [Fact]
    public void Plan_with_an_extension_uses_its_routes()
    {
        var path = _dir.Write("ops.yaml", Extension);
        var args = new[] { "plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--category", "社交/直播表演", "--scenario", "ecommerce", "--format", "json" };
        Assert.Equal("ineligible", Assert.Single(JsonDecision.Parse(Cli.Run(args).Stdout)).Outcome);
        var extended = Assert.Single(JsonDecision.Parse(Cli.Run(args.Append("--rules").Append(path).ToArray()).Stdout));
        Assert.Equal("eligible", extended.Outcome);
        Assert.Equal(new[] { "tencent-standard-live" }, extended.Plans);
        Assert.EndsWith("ops-1", extended.Raw.GetProperty("ruleSetVersion").GetString());
    }
}
