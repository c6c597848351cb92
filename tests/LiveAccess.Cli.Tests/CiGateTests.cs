using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Xml.Linq;

namespace LiveAccess.Cli.Tests;

/// <summary>
/// <c>check</c> as a pipeline runs it: under each CI's environment variables, with report files
/// from the same run, annotations at the inventory's lines, the job summary, and the exit codes.
/// </summary>
public sealed class CiGateTests : System.IDisposable
{
    // Line 2 eligible, 3 ineligible (individual), 4 conditional (medical category missing),
    // 5 ineligible (no category), 6 eligible, 7 conditional (stale 工具/视频客服).
    private const string Mixed = "AppId,Name,EntityType,Categories,Scenario\n"
        + "wx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,ecommerce\n"
        + "wx2b3c4d5e6f708192,个人主播,个人,社交/直播,entertainment\n"
        + "wx3c4d5e6f708192a3,健康药房,企业,电商平台/电商平台,medical-sales\n"
        + "wx4d5e6f708192a3b4,\"Shop, 100% <b>\",企业,,ecommerce\n"
        + "wx5e6f708192a3b4c5,萌宠日记,enterprise,社交/直播,entertainment\n"
        + "wx6f708192a3b4c5d6,售后视频客服,企业,工具/视频客服,customer-service\n";

    private static readonly string[] NotEligible = { "wx2b3c4d5e6f708192", "wx4d5e6f708192a3b4" };

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Check(IDictionary<string, string> environment, params string[] extra)
    {
        _dir.Write("apps.csv", Mixed);
        var args = new List<string> { "check", "--input", "apps.csv" };
        args.AddRange(extra);
        return Cli.Run(args, workingDirectory: _dir.Path, environment: environment);
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void GitHub_annotations_summary_junit_and_sarif_from_one_run_then_exit_1()
    {
        var summary = _dir.Write("step_summary.md", "previous step\n");
        var r = Check(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary, ["GITHUB_WORKSPACE"] = _dir.Path },
            "--output", "report.md", "--report", "junit=junit.xml", "--report", "sarif=results.sarif");
        Assert.Equal(1, r.ExitCode);

        var stdout = Lines(r.Stdout);
        Assert.Equal(new[]
        {
            "::error file=apps.csv,line=3,title=LiveAccess%3A wx2b3c4d5e6f708192 entertainment ineligible::",
            "::warning file=apps.csv,line=4,title=LiveAccess%3A wx3c4d5e6f708192a3 medical-sales conditional::",
            "::error file=apps.csv,line=5,title=LiveAccess%3A wx4d5e6f708192a3b4 ecommerce ineligible::",
            "::warning file=apps.csv,line=7,title=LiveAccess%3A wx6f708192a3b4c5d6 customer-service conditional::",
        }, stdout.Select(l => l[..(l.IndexOf("::", 2, System.StringComparison.Ordinal) + 2)]));
        Assert.Contains("wx4d5e6f708192a3b4 (Shop, 100%25 <b>) is ineligible", stdout[2]);

        var summaryText = File.ReadAllText(summary);
        Assert.StartsWith("previous step\n## ❌ LiveAccess gate failed: 2 decisions are ineligible", summaryText);
        foreach (var appId in NotEligible) Assert.Contains("| " + appId + " |", summaryText);

        var junit = XDocument.Load(_dir.File("junit.xml"));
        var failed = junit.Descendants("testcase").Where(c => c.Element("failure") is not null).Select(c => c.Attribute("classname")!.Value[..18]).ToArray();
        Assert.Equal(NotEligible, failed);
        Assert.Equal("6", junit.Root!.Attribute("tests")!.Value);
        Assert.Equal("2", junit.Root!.Attribute("failures")!.Value);

        using var sarif = JsonDocument.Parse(File.ReadAllText(_dir.File("results.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(NotEligible, results.Where(x => x.GetProperty("level").GetString() == "error")
            .Select(x => x.GetProperty("properties").GetProperty("appId").GetString()).ToArray());
        Assert.Equal(2, results.Count(x => x.GetProperty("level").GetString() == "warning"));
        Assert.All(results, x => Assert.Equal("apps.csv", x.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        Assert.True(File.Exists(_dir.File("report.md")));
        Assert.Contains("Gate failed (--fail-on ineligible): 2 of 6 decisions do not pass.", r.Stderr);
    }

    [Fact]
    public void Paths_are_relative_to_the_checkout_when_the_step_runs_in_a_subdirectory()
    {
        var sub = Directory.CreateDirectory(_dir.File("inventories")).FullName;
        File.WriteAllText(Path.Combine(sub, "apps.csv"), Mixed);
        var r = Cli.Run(new[] { "check", "--input", "apps.csv", "--output", "r.json", "--report", "sarif=r.sarif" }, workingDirectory: sub,
            environment: new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = _dir.Path });
        Assert.StartsWith("::error file=inventories/apps.csv,line=3,", Lines(r.Stdout)[0]);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(sub, "r.sarif")));
        Assert.Equal("inventories/apps.csv", sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Azure_log_issues_summary_upload_and_task_result()
    {
        var agentTemp = Directory.CreateDirectory(_dir.File("agent")).FullName;
        var env = new Dictionary<string, string> { ["TF_BUILD"] = "True", ["AGENT_TEMPDIRECTORY"] = agentTemp, ["BUILD_SOURCESDIRECTORY"] = _dir.Path };
        var r = Check(env, "--output", "report.json", "--report", "nunit=nunit.xml");
        Assert.Equal(1, r.ExitCode);
        var lines = Lines(r.Stdout);
        Assert.Equal(2, lines.Count(l => l.StartsWith("##vso[task.logissue type=error;sourcepath=apps.csv;linenumber=")));
        Assert.Equal(2, lines.Count(l => l.StartsWith("##vso[task.logissue type=warning;")));
        Assert.Contains(lines, l => l.StartsWith("##vso[task.logissue type=error;sourcepath=apps.csv;linenumber=3;code=individual-entity]"));
        Assert.Contains(lines, l => l.StartsWith("##vso[task.logissue type=warning;sourcepath=apps.csv;linenumber=7;code=stale-category]"));
        Assert.Contains("100%AZP25", r.Stdout);
        var upload = lines.Single(l => l.StartsWith("##vso[task.uploadsummary]"));
        var summaryPath = upload["##vso[task.uploadsummary]".Length..];
        Assert.StartsWith(agentTemp, summaryPath);
        Assert.StartsWith("## ❌ LiveAccess gate failed", File.ReadAllText(summaryPath));
        Assert.Equal("##vso[task.complete result=Failed;]LiveAccess: the gate failed with 2 errors.", lines[^1]);

        var nunit = XDocument.Load(_dir.File("nunit.xml"));
        Assert.Equal("2", nunit.Root!.Attribute("failed")!.Value);
        Assert.Equal(NotEligible, nunit.Descendants("test-case").Where(c => c.Attribute("result")!.Value == "Failed")
            .Select(c => c.Element("properties")!.Elements("property").Single(p => p.Attribute("name")!.Value == "appId").Attribute("value")!.Value).ToArray());
    }

    [Fact]
    public void Azure_warnings_only_succeed_with_issues_and_exit_0()
    {
        _dir.Write("warn.csv", "AppId,EntityType,Categories,Scenario\nwx6f708192a3b4c5d6,企业,工具/视频客服,customer-service\n");
        var r = Cli.Run(new[] { "check", "--input", "warn.csv", "--output", "r.json" }, workingDirectory: _dir.Path,
            environment: new Dictionary<string, string> { ["TF_BUILD"] = "True", ["AGENT_TEMPDIRECTORY"] = _dir.Path });
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("##vso[task.complete result=SucceededWithIssues;]LiveAccess: the gate passed with 1 warnings.", Lines(r.Stdout)[^1]);
    }

    [Fact]
    public void Annotations_none_overrides_the_environment_and_github_can_be_forced()
    {
        var none = Check(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "--output", "r.json", "--annotations", "none");
        Assert.Equal(1, none.ExitCode);
        Assert.Equal("", none.Stdout);
        var forced = Check(new Dictionary<string, string>(), "--output", "r2.json", "--annotations", "github");
        Assert.Equal(2, Lines(forced.Stdout).Count(l => l.StartsWith("::error ")));
        var plain = Check(new Dictionary<string, string>(), "--output", "r3.json");
        Assert.Equal("", plain.Stdout);
    }

    [Fact]
    public void With_the_report_on_standard_output_annotations_go_to_standard_error()
    {
        var r = Check(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "--format", "json");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(6, JsonDecision.Parse(r.Stdout).Count);
        Assert.Equal(2, r.ErrorLines.Count(l => l.StartsWith("::error file=apps.csv,")));
    }

    [Fact]
    public void Report_files_are_written_when_rows_are_refused_and_the_exit_code_is_2()
    {
        _dir.Write("bad.csv", Mixed + "wxBAD,坏行,企业,社交/直播,entertainment\n");
        var r = Cli.Run(new[] { "check", "--input", "bad.csv", "--output", "r.json", "--report", "junit=j.xml", "--annotations", "github" }, workingDirectory: _dir.Path);
        Assert.Equal(2, r.ExitCode);
        var junit = XDocument.Load(_dir.File("j.xml"));
        Assert.Equal("1", junit.Root!.Attribute("errors")!.Value);
        Assert.Contains(Lines(r.Stdout), l => l.StartsWith("::error file=bad.csv,line=8,title=LiveAccess%3A inventory row refused (bad-app-id)::"));
    }

    [Theory]
    [InlineData("junit", "'junit' is not FORMAT=FILE")]
    [InlineData("pdf=x.pdf", "Unknown report format 'pdf'")]
    [InlineData("junit=r.json", "'r.json' is named twice")]
    public void Bad_report_options_are_usage_errors_before_any_work(string spec, string message)
    {
        var r = Check(new Dictionary<string, string>(), "--output", "r.json", "--report", spec);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.DoesNotContain("r.json", _dir.Files());
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("markdown")]
    [InlineData("junit")]
    [InlineData("nunit")]
    [InlineData("sarif")]
    public void Plan_writes_every_new_format(string format)
    {
        var r = Cli.Run("plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "个人", "--scenario", "ecommerce", "--format", format);
        Assert.Equal(0, r.ExitCode);
        switch (format)
        {
            case "junit":
            case "nunit":
                Assert.Single(XDocument.Parse(r.Stdout).Descendants(format == "junit" ? "testcase" : "test-case"));
                break;
            case "sarif":
                using (var doc = JsonDocument.Parse(r.Stdout))
                    Assert.Equal("individual-entity", doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
                break;
            case "yaml":
                Assert.Contains("  - appId: wx1a2b3c4d5e6f7081\n", r.Stdout);
                break;
            default:
                Assert.StartsWith("# LiveAccess report", r.Stdout);
                break;
        }
    }
}
