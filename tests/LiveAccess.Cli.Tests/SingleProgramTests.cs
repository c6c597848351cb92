using System.Linq;

namespace LiveAccess.Cli.Tests;

/// <summary>One program from flags, answered as the seed documents say, through the JSON contract.</summary>
public sealed class SingleProgramTests
{
    private static JsonDecision Decide(string entity, string scenario, params string[] categories)
    {
        var args = new[] { "plan", "--app-id", "wx0123456789ABCDEF", "--entity", entity, "--scenario", scenario, "--format", "json" }
            .Concat(categories.SelectMany(c => new[] { "--category", c })).ToArray();
        var r = Cli.Run(args);
        Assert.True(r.ExitCode == 0, r.ToString());
        return Assert.Single(JsonDecision.Parse(r.Stdout));
    }

    [Theory]
    // 场景2: 电商平台/电商平台 -> the two plugins; 社交/直播 -> the native components.
    [InlineData("enterprise", "ecommerce", "电商平台/电商平台", "eligible", "tencent-live-plugin,zego-live-plugin")]
    [InlineData("企业", "ecommerce", "社交/直播", "eligible", "tencent-standard-live,zego-live-components")]
    // 场景1: government entity.
    [InlineData("政府", "government", "", "eligible", "tencent-standard-live,zego-live-components")]
    // 场景3: SaaS always; any 教育 -> Tencent plugin; 培训机构 -> ZEGO plugin too.
    [InlineData("enterprise", "education", "教育服务/培训机构", "eligible", "tencent-enterprise-live,tencent-live-plugin,zego-live-plugin")]
    [InlineData("enterprise", "education", "", "eligible", "tencent-enterprise-live")]
    // 场景4: finance secondary on the native list.
    [InlineData("enterprise", "finance", "金融业-证券/期货", "eligible", "tencent-enterprise-live,tencent-standard-live,zego-live-components")]
    // 场景5 sales without a medical category: conditional, plans named.
    [InlineData("enterprise", "medical-sales", "电商平台/电商平台", "conditional", "tencent-live-plugin,zego-live-plugin")]
    // 场景8 with the renamed primary and secondary.
    [InlineData("个体工商户", "auto-presale", "汽车服务 > 汽车预售", "eligible", "tencent-standard-live,zego-live-components")]
    // 场景9: dropped from WeChat's newest list -> conditional.
    [InlineData("enterprise", "customer-service", "工具/视频客服", "conditional", "tencent-standard-live,zego-live-components")]
    // Individuals: nothing.
    [InlineData("个人", "ecommerce", "电商平台/电商平台", "ineligible", "")]
    public void Seed_routes_end_to_end(string entity, string scenario, string category, string outcome, string plans)
    {
        var d = Decide(entity, scenario, category.Length == 0 ? System.Array.Empty<string>() : new[] { category });
        Assert.Equal("wx0123456789abcdef", d.AppId);
        Assert.Equal(scenario, d.Scenario);
        Assert.Equal(outcome, d.Outcome);
        Assert.Equal(outcome == "eligible", d.Eligible);
        Assert.Equal(JsonDecision.Sorted(plans.Split(',', System.StringSplitOptions.RemoveEmptyEntries)), d.Plans);
        if (outcome != "eligible")
        {
            Assert.NotEqual(0, d.Raw.GetProperty("reasons").GetArrayLength());
            Assert.NotEqual(0, d.Raw.GetProperty("remediations").GetArrayLength());
        }
    }

    [Fact]
    public void Without_a_scenario_every_scenario_is_answered()
    {
        var r = Cli.Run("plan", "--app-id", "wx0123456789abcdef", "--entity", "enterprise", "--category", "社交/直播", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var decisions = JsonDecision.Parse(r.Stdout);
        var scenarios = Cli.Run("scenarios", "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(scenarios.Stdout);
        Assert.Equal(doc.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()), decisions.Select(d => d.Scenario));
        Assert.Equal(decisions.Count, Totals.Of(r).Decisions);
        Assert.Equal(1, Totals.Of(r).Answered);
    }

    [Fact]
    public void Several_categories_from_repeated_flags_and_separators()
    {
        var d = Decide("enterprise", "ecommerce", "社交/直播；电商平台／电商平台");
        Assert.Equal(JsonDecision.Sorted("tencent-live-plugin", "zego-live-plugin", "tencent-standard-live", "zego-live-components"), d.Plans);
    }

    [Fact]
    public void An_invalid_AppId_from_flags_is_refused_with_exit_2()
    {
        var r = Cli.Run("plan", "--app-id", "wx123", "--entity", "enterprise", "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("[]", r.Stdout.Trim());
        Assert.StartsWith("[wx123] AppId 'wx123' is not valid", r.ErrorLines[0]);
        Assert.Equal(new Totals(1, 0, 1, 0), Totals.Of(r));
    }

    [Fact]
    public void An_unknown_entity_names_the_nearest_valid_value()
    {
        var r = Cli.Run("plan", "--app-id", "wx0123456789abcdef", "--entity", "enterprize");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Unknown entity type 'enterprize' (did you mean 'enterprise'?)", r.Stderr);
    }

    [Fact]
    public void The_table_is_the_default_format()
    {
        var r = Cli.Run("plan", "--app-id", "wx0123456789abcdef", "--entity", "enterprise", "--category", "电商平台/电商平台", "--scenario", "ecommerce");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Replace("\r\n", "\n").Split('\n');
        Assert.Equal("wx0123456789abcdef  enterprise", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("  + eligible") && l.Contains("ecommerce") && l.EndsWith("tencent-live-plugin, zego-live-plugin"));
    }
}
