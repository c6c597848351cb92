using System;
using System.IO;
using LiveAccess.Core.Ci;

namespace LiveAccess.PowerShell.Engine;

/// <summary>
/// The CI the gate runs in and where its annotations point: chosen with -Style, or detected from
/// GITHUB_ACTIONS / TF_BUILD; the job summary goes to $GITHUB_STEP_SUMMARY (GitHub) or a file in
/// the agent's temp folder that is uploaded (Azure DevOps).
/// </summary>
internal static class CiEnvironment
{
    /// <summary>The CI system for a -Style value (Detect, Plain, GitHubActions, AzurePipelines).</summary>
    public static CiSystem System(string? style) => style switch
    {
        "Plain" => CiSystem.None,
        "GitHubActions" => CiSystem.GitHub,
        "AzurePipelines" => CiSystem.Azure,
        _ => CiSystems.DetectFromProcess(),
    };

    /// <summary>Where annotations point and where the summary goes, from the CI's variables.</summary>
    public static AnnotationOptions Options(CiSystem system, Func<string, string?> environment)
    {
        if (environment is null) throw new ArgumentNullException(nameof(environment));
        return system switch
        {
            CiSystem.GitHub => new AnnotationOptions
            {
                BaseDirectory = environment("GITHUB_WORKSPACE"),
                SummaryPath = NullIfEmpty(environment("GITHUB_STEP_SUMMARY")),
            },
            CiSystem.Azure => new AnnotationOptions
            {
                BaseDirectory = environment("BUILD_SOURCESDIRECTORY"),
                SummaryPath = Path.Combine(NullIfEmpty(environment("AGENT_TEMPDIRECTORY")) ?? Path.GetTempPath(), "liveaccess-summary.md"),
            },
            _ => new AnnotationOptions(),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
