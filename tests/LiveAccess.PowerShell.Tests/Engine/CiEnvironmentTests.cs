using System;
using System.Collections.Generic;
using System.IO;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Engine;

/// <summary>Where Assert-LiveEligibility's annotations point and its job summary goes: the core's reading of the CI, as the CLI's.</summary>
public sealed class CiEnvironmentTests
{
    private static object Options(string ci, Dictionary<string, string> vars) =>
        LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.CiEnvironment", "Options",
            CoreTypes.Enum("LiveAccess.Core.Ci.CiSystem", ci), new Func<string, string?>(k => vars.TryGetValue(k, out var v) ? v : null))!;

    [Fact]
    public void GitHub_points_at_the_workspace_and_appends_to_the_step_summary()
    {
        var options = Options("GitHub", new() { ["GITHUB_WORKSPACE"] = "/home/runner/work/app", ["GITHUB_STEP_SUMMARY"] = "/runner/step.md" });
        Assert.Equal("/home/runner/work/app", LoadedModule.Get(options, "BaseDirectory"));
        Assert.Equal("/runner/step.md", LoadedModule.Get(options, "SummaryPath"));
    }

    [Fact]
    public void Azure_points_at_the_sources_and_writes_LiveAccess_md_under_the_agent_temp_folder()
    {
        var options = Options("Azure", new() { ["BUILD_SOURCESDIRECTORY"] = "/agent/s", ["AGENT_TEMPDIRECTORY"] = "/agent/_temp" });
        Assert.Equal("/agent/s", LoadedModule.Get(options, "BaseDirectory"));
        var summary = (string)LoadedModule.Get(options, "SummaryPath")!;
        Assert.Equal("LiveAccess.md", Path.GetFileName(summary));
        Assert.StartsWith(Path.Combine("/agent/_temp", "liveaccess-"), summary);
    }

    [Fact]
    public void Plain_output_has_no_summary()
    {
        Assert.Null(LoadedModule.Get(Options("None", new() { ["GITHUB_STEP_SUMMARY"] = "/runner/step.md" }), "SummaryPath"));
    }
}
