namespace LiveAccess.Cli.Tests;

/// <summary><c>check</c>: the report first, then exit 0 (pass), 1 (gate failed) or 2 (input error).</summary>
public sealed class CheckTests : System.IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void All_eligible_passes()
    {
        var r = Cli.Run("check", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--category", "电商平台/电商平台", "--scenario", "ecommerce");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Gate passed (--fail-on ineligible): all 1 decisions pass.", r.Stderr);
    }

    [Fact]
    public void An_ineligible_program_fails_the_gate_after_the_report_is_written()
    {
        var path = _dir.Write("apps.csv", "AppId,EntityType,Categories,Scenario\nwx1a2b3c4d5e6f7081,企业,电商平台/电商平台,ecommerce\nwx2b3c4d5e6f708192,个人,电商平台/电商平台,ecommerce\n");
        var report = _dir.File("report.json");
        var r = Cli.Run("check", "--input", path, "--output", report);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Gate failed (--fail-on ineligible): 1 of 2 decisions do not pass.", r.Stderr);
        Assert.Equal(2, JsonDecision.Parse(System.IO.File.ReadAllText(report)).Count);
        Assert.Equal(new Totals(2, 2, 0, 2), Totals.Of(r));
    }

    [Fact]
    public void Conditional_passes_by_default_and_fails_with_fail_on_conditional()
    {
        var args = new[] { "check", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--category", "工具/视频客服", "--scenario", "customer-service", "--format", "json" };
        var byDefault = Cli.Run(args);
        Assert.Equal(0, byDefault.ExitCode);
        Assert.Equal("conditional", Assert.Single(JsonDecision.Parse(byDefault.Stdout)).Outcome);

        var strict = Cli.Run(args.Concat(new[] { "--fail-on", "conditional" }).ToArray());
        Assert.Equal(1, strict.ExitCode);
        Assert.Single(JsonDecision.Parse(strict.Stdout));
        Assert.Contains("Gate failed (--fail-on conditional)", strict.Stderr);
    }

    [Fact]
    public void Plan_never_fails_on_outcomes()
    {
        var r = Cli.Run("plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "个人", "--scenario", "ecommerce");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("Gate", r.Stderr);
    }
}
