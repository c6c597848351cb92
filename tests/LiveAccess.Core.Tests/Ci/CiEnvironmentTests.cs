using System.Collections.Generic;
using System.IO;
using LiveAccess.Core.Ci;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Ci;

/// <summary>What both fronts take from the CI's variables: the summary file and the annotation writer.</summary>
public sealed class CiEnvironmentTests
{
    private static System.Func<string, string?> Env(Dictionary<string, string> vars) => k => vars.TryGetValue(k, out var v) ? v : null;

    [Fact]
    public void GitHub_summary_goes_to_the_step_summary_file_or_nowhere()
    {
        Assert.Equal("/runner/summary.md", CiSystems.SummaryPath(CiSystem.GitHub, Env(new() { ["GITHUB_STEP_SUMMARY"] = "/runner/summary.md" })));
        Assert.Null(CiSystems.SummaryPath(CiSystem.GitHub, Env(new())));
        Assert.Null(CiSystems.SummaryPath(CiSystem.GitHub, Env(new() { ["GITHUB_STEP_SUMMARY"] = " " })));
        Assert.Null(CiSystems.SummaryPath(CiSystem.None, Env(new() { ["GITHUB_STEP_SUMMARY"] = "/runner/summary.md" })));
    }

    [Fact]
    public void Azure_summary_is_a_new_LiveAccess_md_under_the_agent_temp_folder()
    {
        var env = Env(new() { ["AGENT_TEMPDIRECTORY"] = "/agent/_temp" });
        var first = CiSystems.SummaryPath(CiSystem.Azure, env)!;
        var second = CiSystems.SummaryPath(CiSystem.Azure, env)!;
        Assert.Equal("LiveAccess.md", Path.GetFileName(first));
        Assert.Equal(Path.GetFullPath("/agent/_temp"), Path.GetFullPath(Path.GetDirectoryName(Path.GetDirectoryName(first))!));
        Assert.StartsWith("liveaccess-", Path.GetFileName(Path.GetDirectoryName(first)));
        Assert.NotEqual(first, second);
        Assert.StartsWith(Path.GetTempPath(), CiSystems.SummaryPath(CiSystem.Azure, Env(new()))!);
    }

    [Fact]
    public void Each_system_has_its_annotation_writer()
    {
        var context = new ReportContext { Output = TextWriter.Null, Rules = LiveAccess.Core.Rules.RuleSetLoader.Default };
        Assert.IsType<GitHubAnnotationWriter>(AnnotationWriters.For(CiSystem.GitHub, context, new AnnotationOptions()));
        Assert.IsType<AzureAnnotationWriter>(AnnotationWriters.For(CiSystem.Azure, context, new AnnotationOptions()));
        Assert.Null(AnnotationWriters.For(CiSystem.None, context, new AnnotationOptions()));
    }
}
